"""`python -m mockpm`: the installed `mockpm` command, for environments without its script on PATH."""

from mockpm.cli.app import main

if __name__ == "__main__":
    main()
