"""The shipped recipes, their sample data and templates (package data of `curate`).

`curate run quickstart` resolves a bare name to `<name>.yaml` here; `curate list recipes`
lists them. Relative paths inside a recipe are resolved against the recipe's own folder.
"""
