def join_requests_of(user):
    return user.join_requests.select_related("association").order_by("-created_at")
