"""`python -m curate …`: the same command line as `curate …` (used for child processes)."""

from curate.cli import main

if __name__ == "__main__":
    main()
