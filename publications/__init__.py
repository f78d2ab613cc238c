"""Publications (public reports and briefs) and the embargoed drafts members read before them."""
