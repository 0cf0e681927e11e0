"""schema.org descriptions of association cards, for search engines and link previews."""


def organization(association, *, absolute_url) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": association.name,
        "description": association.short_description,
        "url": absolute_url(association.get_absolute_url()),
        "email": association.contact_email,
        "areaServed": [municipality.name for municipality in association.municipalities.all()],
    }
    if association.contact_phone:
        data["telephone"] = association.contact_phone
    if association.logo:
        data["logo"] = absolute_url(association.logo.url)
    if association.founded_year:
        data["foundingDate"] = str(association.founded_year)
    if association.business_id:
        data["vatID"] = f"FI{association.business_id.replace('-', '')}"
    if association.street_address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": association.street_address,
            "postalCode": association.postal_code,
            "addressLocality": association.post_office or association.home_municipality.name,
            "addressCountry": "FI",
        }
    links = ([association.website] if association.website else []) + association.social_link_list
    if links:
        data["sameAs"] = links
    return data
