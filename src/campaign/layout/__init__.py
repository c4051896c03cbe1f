"""Layout stage: a material's slots and a language's strings become a Page of placed items."""
