// Placeholder: replaced below.
