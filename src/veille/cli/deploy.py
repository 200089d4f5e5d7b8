"""``veille migrate-store``: move the embedded store to PostgreSQL."""

from __future__ import annotations

import click

from veille.cli.context import app
from veille.cli.render import count_noun


@click.command("migrate-store")
@click.option("--to", "url", required=True, metavar="URL",
              help="The PostgreSQL database to copy into (postgresql://user@host/db); it "
              "must hold no articles yet.")
@click.pass_context
def migrate_store_command(ctx: click.Context, url: str) -> None:
    """Copy every table of the embedded SQLite store to PostgreSQL.

    Raw archive, change log, saved searches and alert state, enrichment, accounts: each
    table with its row count. A table the target has no place for stops the copy, named.
    The user's alias table (aliases.tsv) goes with it: a data directory pointed at the
    store gets it. The copy is one transaction: run it again after a failure. Then set
    store_url (and index_url, then run `veille reindex`) to that URL; see docs/deploy.md.
    """
    from veille.backends import is_postgres
    from veille.store.data_files import CARRIED
    from veille.store.migrate import copy_store

    if not is_postgres(url):
        raise click.BadParameter("give a postgresql:// URL", param_hint="--to")
    settings = app(ctx).settings

    def report(table: str, count: int) -> None:
        click.echo(f"  {table}: {count_noun(count, 'row')}", err=True)

    copied = copy_store(settings.store_path, url, progress=report,
                        data_dir=settings.data_dir)
    files = [name for name in CARRIED if (settings.data_dir / name).is_file()]
    for name in files:
        click.echo(f"  {name}: kept by the store (data directories on it get it)", err=True)
    click.echo(f"copied {count_noun(copied['articles'], 'article')}, "
               f"{count_noun(copied['raw_inputs'], 'raw input')} and "
               f"{count_noun(copied['changes'], 'change')}", err=True)
