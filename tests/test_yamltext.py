"""The rule of quoting a value Pacte writes into YAML, once (yamltext.py): used by the
generated pages' front matter, `pacte new`, `pacte import-pdf` and `pacte pin`."""

from __future__ import annotations

import pytest
import yaml

from pacte import importpdf, newversion, pages, yamltext
from pacte.yamltext import quoted, scalar


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Charte du réseau", "Charte du réseau"),
        ("2020-2022", "2020-2022"),  # text to YAML
        ("2024", '"2024"'),  # a number
        ("2024-01-01", '"2024-01-01"'),  # a date
        ("yes", '"yes"'),
        ("Convention : avenant", '"Convention : avenant"'),  # a pair, in a flow
        ("Convention: avenant", '"Convention: avenant"'),
        ("Charte #2", '"Charte #2"'),
        ("copie, signée.pdf", '"copie, signée.pdf"'),  # a comma ends it in a flow
        (" espace", '" espace"'),
        ("", '""'),
        ("ligne\nautre", '"ligne\\nautre"'),
        ("[liste]", '"[liste]"'),
        ("&ancre", '"&ancre"'),
    ],
)
def test_a_value_is_plain_only_when_yaml_reads_it_back_the_same(text: str, written: str) -> None:
    assert scalar(text) == written
    for document in (f"key: {scalar(text)}", f"key: {{path: {scalar(text)}, n: 1}}"):
        value = yaml.safe_load(document)["key"]
        assert (value["path"] if isinstance(value, dict) else value) == text


def test_quoted_reads_back_whatever_the_text_holds() -> None:
    hostile = 'a "b" \\ ---\n\x85\u2028\ud800 #: [x]'
    assert yaml.safe_load(f"t: {quoted(hostile)}")["t"] == hostile.replace("\ud800", "\ufffd")


def test_every_writer_quotes_with_the_same_rule() -> None:
    for module in (importpdf, newversion):
        assert module.scalar is yamltext.scalar
    assert pages.quoted is yamltext.quoted
    assert importpdf.pin_line("copie, signée.pdf", "0" * 64) == (
        f'signed_copy: {{path: "copie, signée.pdf", sha256: {"0" * 64}}}'
    )
