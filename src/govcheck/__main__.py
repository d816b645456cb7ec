"""``python -m govcheck``: the same as the ``govcheck`` command."""

from govcheck._entry import main

main()
