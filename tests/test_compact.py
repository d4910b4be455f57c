"""Pages are written without their templates' indentation, white space kept where it counts."""

from __future__ import annotations

import re
from pathlib import Path

from pacte.compact import compact
from sitefixture import mkdocs_build, write_site


def test_indentation_and_empty_lines_go() -> None:
    html = "<nav>\n    <ul>\n\n      <li>a</li>\n    </ul>\n</nav>\n<p>un\n   deux</p>"
    assert compact(html) == "<nav>\n<ul>\n<li>a</li>\n</ul>\n</nav>\n<p>un\ndeux</p>"


def test_white_space_is_kept_where_it_is_the_content() -> None:
    kept = (
        "<pre><code>def f():\n    return 1\n\n\n    # end</code></pre>",
        "<textarea>\n  ligne\n    retrait</textarea>",
        "<script>\n  var a = `x\n   y`;\n</script>",
        '<STYLE media="print">\n  p { color: red }\n</STYLE>',
    )
    for part in kept:
        assert compact(f"<div>\n  {part}\n  </div>") == f"<div>\n{part}\n</div>"


def test_a_built_site_has_no_indented_line_outside_code(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    (root / "docs" / "code.md").write_text(
        "# Code\n\n```\nun\n    retrait de quatre\n```\n", encoding="utf-8"
    )
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    pages = list((root / "site").rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        outside = re.sub(r"<(pre|textarea|script|style)\b.*?</\1>", "", html, flags=re.S)
        assert not re.search(r"\n[ \t]+<", outside), page
    code = (root / "site" / "code" / "index.html").read_text(encoding="utf-8")
    assert "\n    retrait de quatre" in code
