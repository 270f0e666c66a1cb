"""Main text from HTML (trafilatura) and Markdown (allegiance.ingest.extract)."""

from __future__ import annotations

import pytest

from allegiance.ingest.extract import extract_html, strip_markdown

BODY = [
    "Armenia has frozen its participation in the Collective Security Treaty "
    "Organization, Prime Minister Nikol Pashinyan said in an interview broadcast "
    "on Thursday.",
    "He said the bloc had failed to defend the country when Azerbaijani forces "
    "crossed the border in 2021 and 2022, and that Yerevan would not take part in "
    "its summits.",
    "The Kremlin said it would seek clarification from Yerevan through diplomatic "
    "channels in the coming days.",
]
NAV = "Sport results and fixtures"
COOKIES = "We use cookies to improve your experience. Accept all cookies to continue."
FOOTER = "Copyright 2024 World News Ltd. All rights reserved."


def _page(
    head: str = "", *, body: list[str] = BODY, h1: str = "", extra: str = ""
) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">{NAV}</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent">{COOKIES}</div>
<article>{f"<h1>{h1}</h1>" if h1 else ""}{paragraphs}</article>
{extra}
</body></html>"""


FULL_HEAD = """<title>Armenia freezes CSTO membership | World News</title>
<meta property="og:title" content="Armenia freezes its CSTO membership">
<meta property="article:published_time" content="2024-02-23T10:00:00Z">
<link rel="canonical" href="https://news.example.com/world/armenia-csto">"""


def test_article_body_kept_and_boilerplate_dropped() -> None:
    page = _page(
        FULL_HEAD,
        h1="Armenia freezes its CSTO membership",
        extra=f"<footer><p>{FOOTER}</p></footer>",
    )
    result = extract_html(page)
    assert result is not None
    text, title, date, url = result
    assert text.split("\n") == BODY
    for boilerplate in (NAV, "Home", "cookies", "All rights reserved"):
        assert boilerplate not in text
    assert title == "Armenia freezes its CSTO membership"
    # The headline trafilatura repeats as the body's first line is removed.
    assert not text.startswith(title)
    assert date == "2024-02-23"
    assert url == "https://news.example.com/world/armenia-csto"


def test_title_from_the_title_tag_and_date_from_a_time_element() -> None:
    page = _page(
        "<title>Pashinyan freezes CSTO role</title>",
        extra='<p class="byline">Published <time datetime="2023-11-05">'
        "5 November 2023</time></p>",
    )
    result = extract_html(page)
    assert result is not None
    text, title, date, url = result
    assert title == "Pashinyan freezes CSTO role"
    assert date == "2023-11-05"
    assert url is None
    assert text.startswith(BODY[0])


def test_no_title_date_or_url_when_the_page_has_none() -> None:
    body = [p.replace(" in 2021 and 2022", "") for p in BODY]
    result = extract_html(_page(body=body))
    assert result is not None
    text, title, date, url = result
    assert text.split("\n") == body
    assert (title, date, url) == (None, None, None)


def test_comments_are_dropped() -> None:
    comments = (
        '<div class="comments" id="comments"><h3>Comments</h3>'
        '<div class="comment"><p>Reader42 wrote: this will never last, mark my '
        "words, they will be back within a year.</p></div></div>"
    )
    result = extract_html(_page(extra=comments))
    assert result is not None
    assert "Reader42" not in result[0] and "mark my words" not in result[0]


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html><head><title>World News</title></head><body></body></html>",
        "<html><body><div><img src='a.png'></div></body></html>",
    ],
)
def test_a_page_without_article_text_gives_none(html: str) -> None:
    assert extract_html(html) is None


@pytest.mark.parametrize(
    "html",
    [
        _page("<title>World News</title>", body=[], extra=f"<footer>{FOOTER}</footer>"),
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<footer><p>Contact us</p></footer></body></html>",
    ],
)
def test_a_page_of_boilerplate_only_gives_none(html: str) -> None:
    assert extract_html(html) is None


@pytest.mark.parametrize(
    "page",
    [
        _page(),  # "... crossed the border in 2021 and 2022 ..."
        _page(
            body=[p.replace(" in 2021 and 2022", "") for p in BODY],
            extra="<footer><p>Copyright 2019 World News Ltd.</p></footer>",
        ),
    ],
    ids=["year-in-text", "copyright-year"],
)
def test_a_year_on_the_page_is_not_a_publication_date(page: str) -> None:
    result = extract_html(page)
    assert result is not None
    assert result[2] is None


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("Armenia", "Armenian officials said on Thursday that the country had "
         "frozen its participation in the CSTO, citing the bloc's failure."),
        ("Sanctions", "Sanctions against Russia were extended for six months by "
         "the European Union on Thursday, diplomats said in Brussels."),
    ],
)  # fmt: skip
def test_a_title_that_prefixes_the_first_sentence_leaves_the_body_whole(
    title: str, first: str
) -> None:
    page = _page(f"<title>{title}</title>", body=[first, BODY[2]])
    result = extract_html(page)
    assert result is not None
    assert result[0].startswith(first)


def test_strip_markdown_takes_the_first_heading_as_title() -> None:
    md = (
        "# Armenia freezes CSTO role\n\n"
        "Armenia **froze** its participation in the [CSTO](https://csto.org), "
        "*Pashinyan* said.\n\n"
        "---\n"
        "## Background\n"
        "- first point\n"
        "2. second point\n"
        "> a quotation\n"
    )
    title, text = strip_markdown(md)
    assert title == "Armenia freezes CSTO role"
    assert text.splitlines() == [
        "Armenia froze its participation in the CSTO, Pashinyan said.",
        "",
        "Background",
        "first point",
        "second point",
        "a quotation",
    ]


def test_strip_markdown_without_heading() -> None:
    assert strip_markdown("Plain `text` and ![a map](map.png).\n") == (
        None,
        "Plain text and a map.",
    )
    assert strip_markdown("") == (None, "")


def test_strip_markdown_keeps_intraword_underscores() -> None:
    assert strip_markdown("The @UN_News_Centre account said so.") == (
        None,
        "The @UN_News_Centre account said so.",
    )


def test_a_cookie_banner_is_not_part_of_a_short_article() -> None:
    first = "Armenia froze its participation in the CSTO on Thursday."
    result = extract_html(_page(body=[first]))
    assert result is not None
    assert result[0] == first


def test_navigation_landmarks_are_not_article_text() -> None:
    html = (
        "<html><body><div role='navigation'><a href='/'>Home</a> "
        "<a href='/world'>World</a></div><div id='gdpr-notice'><p>We value your "
        "privacy and use cookies.</p></div><div role='contentinfo'><p>Contact us"
        "</p></div></body></html>"
    )
    assert extract_html(html) is None


@pytest.mark.parametrize(
    ("head", "extra", "date"),
    [
        ('<meta name="date" content="2020-03-04">', "", "2020-03-04"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "datePublished": "2022-05-06T08:00:00Z"}'
            "</script>",
            "",
            "2022-05-06",
        ),
        (
            "",
            '<p>Posted <time datetime="2023-11-05T10:00">5 Nov</time></p>',
            "2023-11-05",
        ),
        ('<meta itemprop="copyrightYear" content="2018">', "", None),
        ("", "<footer><small>&copy; 2017 World News Ltd.</small></footer>", None),
    ],
    ids=["meta-date", "json-ld", "time-element", "copyright-meta", "copyright-small"],
)
def test_the_date_comes_from_publication_markup_only(
    head: str, extra: str, date: str | None
) -> None:
    body = [p.replace(" in 2021 and 2022", "") for p in BODY]
    result = extract_html(_page(head, body=body, extra=extra))
    assert result is not None
    assert result[2] == date


@pytest.mark.parametrize(
    "h1",
    [
        "Armenia freezes its CSTO membership",
        "  Armenia freezes   its CSTO membership ",  # whitespace differs only
    ],
)
def test_a_first_line_that_is_the_headline_is_removed(h1: str) -> None:
    page = _page(
        '<meta property="og:title" content="Armenia freezes its CSTO membership">',
        h1=h1,
    )
    result = extract_html(page)
    assert result is not None
    assert result[0].split("\n") == BODY


def test_a_page_whose_only_text_is_the_headline_gives_none() -> None:
    title = "Armenia freezes its CSTO membership"
    page = _page(f"<title>{title}</title>", body=[], h1=title)
    assert extract_html(page) is None


@pytest.mark.parametrize(
    ("md", "text"),
    [
        ("snake_case_name and foo__bar__baz stay", "snake_case_name and foo__bar__baz stay"),
        ("__init__ is strong, as in CommonMark", "init is strong, as in CommonMark"),
        ("_foo_bar_ is emphasised", "foo_bar is emphasised"),
        ("__strong__ and _em_, too", "strong and em, too"),
        ("(_aside_) and 2_000_000", "(aside) and 2_000_000"),
        ("intra*word*emphasis and un**frigging**believable", "intrawordemphasis and "
         "unfriggingbelievable"),
    ],
)  # fmt: skip
def test_strip_markdown_underscores_follow_commonmark(md: str, text: str) -> None:
    assert strip_markdown(md) == (None, text)
