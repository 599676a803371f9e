"""{{Name}}: arithmetic on {{package}} records."""
{{functions}}
