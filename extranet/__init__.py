"""The members' extranet. Its page types and privacy rules arrive with the extranet issue; the app is
reserved here so that the layout of the project is settled from the start."""
