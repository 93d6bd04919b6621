// Placeholder until the wizard lands.
