"""``veille show`` of two outlets' runs of one EFE dispatch (t-final66 F6): Las Provincias'
copy (credit "Agencia EFE", 09:02) said "reprint of … (Levante-EMV)" (credit "EFE", 08:35),
naming a carrier as its source; the two credits were not read as one agency. It says "EFE
copy, also carried earlier by" the other carrier now, and the earlier one "also carried
later by", as the article page's "same EFE dispatch, out earlier". Real store, real CLI."""

from __future__ import annotations

from pathlib import Path

from capture_kit import err, out, run_veille
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
from veille.wire_origin import same_wire

DATA = Path(__file__).parent.parent / "dedup" / "data_66b"


def test_same_wire_reads_an_agency_by_any_of_its_names() -> None:
    assert same_wire("Agencia EFE", "EFE", "levante-emv.com", copies_this=False)
    assert same_wire("EFE", "Agencia EFE", "lasprovincias.es", copies_this=False)
    assert not same_wire("EFE", "Europa Press", "x.es", copies_this=False)
    assert not same_wire("EFE", "Comentar Compartir", "x.es", copies_this=False)


def test_show_names_the_agency_not_a_carrier_as_the_source(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    ids = {}
    try:
        for name, source in (("lasprovincias_carlet.txt", "lasprovincias.es"),
                             ("levante_carlet.txt", "levante-emv.com")):
            [ids[source]] = ingest_texts(store, [(name, (DATA / name).read_bytes())],
                                         source=source).new_ids
    finally:
        store.close()
    later = run_veille(["show", ids["lasprovincias.es"]], data_dir=data)
    assert later.returncode == 0, err(later)
    text = " ".join(out(later).split())
    assert f"EFE copy, also carried earlier by {ids['levante-emv.com']} (Levante-EMV)" in text
    assert "reprint of" not in text
    earlier = run_veille(["show", ids["levante-emv.com"]], data_dir=data)
    text = " ".join(out(earlier).split())
    assert f"EFE copy, also carried later by {ids['lasprovincias.es']} (Las Provincias)" \
        in text
    assert "reprinted by" not in text
