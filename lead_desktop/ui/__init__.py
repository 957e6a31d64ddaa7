"""Qt widgets. They show and collect; every rule lives in the services below them."""
