from claimx.cli import main

# Guarded: worker processes (spawned) import the main module again.
if __name__ == "__main__":
    main()
