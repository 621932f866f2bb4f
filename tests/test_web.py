"""Web pages as input: real pages of several layouts, written by the tests, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from claimx.cli import cli
from claimx.errors import InputError
from claimx.models import Article
from claimx.web.html import looks_like_html, read_page

from .pages import (
    BUDGET,
    COMMENT,
    FLOOD,
    NAV,
    boilerplate_page,
    empty_page,
    jsonld_page,
    meta_page,
    wiki_page,
)


def extract(*args: str, input: str | None = None) -> tuple[int, list[dict[str, Any]], str]:
    r = CliRunner().invoke(cli, ["extract", *args], input=input)
    return r.exit_code, [json.loads(line) for line in r.stdout.splitlines()], r.stderr


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def offsets_hold(art: dict[str, Any]) -> None:
    text = art["input"]["text"]
    for c in art["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
        for sub in c["dates"] + c["figures"] + c["entities"]:
            assert text[sub["start"] : sub["end"]] == sub["text"]


def test_a_news_page_gives_its_text_metadata_and_the_publication_date_as_reference(tmp_path: Path) -> None:
    code, [art], err = extract(str(write(tmp_path, "budget.html", meta_page())))
    assert code == 0, err
    Article.model_validate(art)  # the contract holds with `input`
    inp = art["input"]
    assert inp["format"] == "html"
    assert inp["title"] == "Council approves road budget"
    assert inp["url"] == "https://news.example.org/2024/03/05/road-budget"
    assert inp["published"] == "2024-03-05"
    assert inp["author"] == "Lena Fischer"
    assert inp["site"] == "The Daily Example"
    # The story, paragraph by paragraph, without the headline, byline, menu or footer.
    assert inp["text"] == "\n\n".join(BUDGET)
    offsets_hold(art)
    # "yesterday" counts from the publication date, the page's only date.
    [stmt] = [c for c in art["claims"] if "yesterday" in c["text"]]
    assert [d["value"] for d in stmt["dates"]] == ["2024-03-04"]
    assert art["dateline"] == {
        "text": "",
        "start": 0,
        "end": 0,
        "date": "2024-03-05",
        "place": None,
        "agency": None,
    }
    speakers = {c["speaker"]["name"] for c in art["claims"] if c["speaker"]}
    assert speakers == {"Ana Ruiz", "Tom Becker"}


def test_without_a_publication_date_relative_dates_need_date(tmp_path: Path) -> None:
    page = meta_page().replace(
        '<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">', ""
    )
    # htmldate reads a date from a URL's path too (/2024/03/05/): give the page none.
    page = page.replace("/2024/03/05/road-budget", "/road-budget")
    path = write(tmp_path, "undated.html", page)
    _, [art], _ = extract(str(path))
    assert art["input"]["published"] is None and art["dateline"] is None
    [stmt] = [c for c in art["claims"] if "yesterday" in c["text"]]
    assert [d["value"] for d in stmt["dates"]] == [None]
    _, [art], _ = extract(str(path), "--date", "2024-06-10")
    [stmt] = [c for c in art["claims"] if "yesterday" in c["text"]]
    assert [d["value"] for d in stmt["dates"]] == ["2024-06-09"]


def test_json_ld_news_article_metadata(tmp_path: Path) -> None:
    code, [art], err = extract(str(write(tmp_path, "floods.htm", jsonld_page())))
    assert code == 0, err
    inp = art["input"]
    assert (inp["title"], inp["author"], inp["published"], inp["site"]) == (
        "Floods force thousands from their homes",
        "Jonas Weber",
        "2023-11-20",
        "Example Wire",
    )
    assert inp["text"] == "\n\n".join(FLOOD)
    offsets_hold(art)
    quotes = [(c["speaker"]["name"], c["text"]) for c in art["claims"] if c["kind"] == "quote"]
    assert quotes == [
        ("Maria Keller", "The water rose faster than anyone expected"),
        ("Ana Ruiz", "We are asking everyone to stay away from the river"),
    ]


def test_navigation_sidebar_and_comments_are_left_out(tmp_path: Path) -> None:
    code, [art], err = extract(str(write(tmp_path, "boiler.html", boilerplate_page())))
    assert code == 0, err
    text = art["input"]["text"]
    assert text == "\n\n".join(BUDGET)
    for furniture in ("Section 3", "cookies", "Most read", "newsletter", "disgrace", "About us", "Copyright"):
        assert furniture not in text
    assert not any("disgrace" in c["text"] for c in art["claims"])  # the reader's comment is no claim
    assert art["input"]["published"] == "2024-03-05"


def test_a_page_with_no_article_is_one_error_line(tmp_path: Path) -> None:
    empty = write(tmp_path, "login.html", empty_page())
    good = write(tmp_path, "budget.html", meta_page())
    code, arts, err = extract(str(empty), str(good))
    assert code == 1
    assert err == f"Error: {empty}: no article text found in the page\n"
    assert [a["source"] for a in arts] == [str(good)]


def test_pages_are_found_by_glob_in_folders_and_by_content_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    write(tmp_path / "site", "a.html", meta_page())
    write(tmp_path / "site", "b.txt", "KYIV (AP) — The mayor said the bridge would reopen.")
    code, arts, _ = extract(str(tmp_path / "site"), "--glob", "*.html")
    assert code == 0
    assert [Path(a["source"]).name for a in arts] == ["a.html"]
    # No extension, or the wrong one: the bytes say it is a page (standard input too).
    saved = write(tmp_path, "story", meta_page())
    _, [art], _ = extract(str(saved))
    assert art["input"]["title"] == "Council approves road budget"
    _, [art], _ = extract("-", input=jsonld_page())
    assert art["source"] == "-" and art["input"]["author"] == "Jonas Weber"
    # Text stays text, with no `input` object: the output of .txt articles is unchanged.
    _, [art], _ = extract(str(tmp_path / "site" / "b.txt"))
    assert "input" not in art


def test_sniffing_takes_html_starts_and_leaves_text() -> None:
    assert looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html>")
    assert looks_like_html(b"<!-- saved -->\n<html lang='en'>")
    assert looks_like_html(b"<p>A fragment</p>")
    assert not looks_like_html("KYIV (AP) — <b>not</b> a page".encode())
    assert not looks_like_html(b"<<< breaking news >>>")


def test_read_page_refuses_menus_only() -> None:
    try:
        read_page(f"<html><body><ul>{NAV}</ul></body></html>".encode(), "menu.html")
    except InputError as exc:
        assert str(exc) == "menu.html: no article text found in the page"
    else:
        raise AssertionError("a menu is not an article")


def test_comment_text_would_be_a_claim_in_the_story(tmp_path: Path) -> None:
    # The control for the comments test: the same sentence inside the story is extracted,
    # so its absence above is the boilerplate removal's doing.
    code, [art], _ = extract(str(write(tmp_path, "c.html", meta_page([*BUDGET, COMMENT]))))
    assert code == 0
    assert any("disgrace" in c["text"] for c in art["claims"])


def test_show_renders_the_text_of_a_page(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["show", str(write(tmp_path, "budget.html", meta_page()))])
    assert r.exit_code == 0, r.output
    assert "We will repair every bridge" in r.stdout
    assert "Section 3" not in r.stdout


def test_a_wiki_page_opens_with_its_dateline_and_ends_before_its_sources(tmp_path: Path) -> None:
    code, [art], err = extract(str(write(tmp_path, "wiki.html", wiki_page())))
    assert code == 0, err
    # Neither the site notice above the headline nor the sources list below the story.
    assert art["input"]["text"] == "\n\n".join(["Tuesday, March 5, 2024", *BUDGET])
    assert art["input"]["published"] == "2024-03-05"  # the microformat, not the footer's 2005
    assert art["dateline"]["text"] == "Tuesday, March 5, 2024" and art["dateline"]["date"] == "2024-03-05"
    assert not any("Example Times" in c["text"] or "Mayor: bridges" in c["text"] for c in art["claims"])


def test_lists_of_the_story_stay(tmp_path: Path) -> None:
    story = [*BUDGET[:2], "The plan covers:", "- the old town bridges", "- the ring road"]
    page = meta_page(BUDGET[:2]).replace(
        "</article>",
        "<p>The plan covers:</p><ul><li>the old town bridges</li><li>the ring road</li></ul></article>",
    )
    _, [art], _ = extract(str(write(tmp_path, "list.html", page)))
    assert art["input"]["text"] == "\n\n".join(story)
