// Node project: nothing global yet. Kept so every project names a setup file.
export {}
