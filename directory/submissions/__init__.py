"""Self-service for associations: their listings, forms, representation and freshness."""
