"""Shortcuts of issue 13 that must give what the longer way gave: the boxes of choices
from one query of the page (inputs and buttons together) rather than two, and the chrome
tokens of a class name tested as one set rather than token by token."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from veille.extract.html import walk
from veille.extract.html.choices import _CHOICES, _asks, _boxes, choice_boxes
from veille.extract.html.controls import body_controls
from veille.extract.html.parse import LexborNode

_PIECES = ["<div>", "</div>", "<p>Irez-vous voter ?</p>", "<label><input type=radio>Oui</label>",
           "<input type=checkbox>", "<INPUT TYPE=Radio>", "<button>Oui</button>",
           "<button>Non</button>", "<svg>", "</svg>", "<math>", "</math>", "<ul><li>",
           "</li></ul>", "<input type=text>", "Une longue phrase de prose pour le texte. ",
           "<form>", "</form>", "<select><option>a</option></select>"]


def _two_queries(body: LexborNode) -> set[int]:
    """What choice_boxes gave when each kind of control had its own query."""
    return (_boxes(body.css(_CHOICES), _CHOICES, lambda node: True)
            | _boxes(body.css("button"), "button", _asks))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_one_query_finds_the_boxes_two_found(pieces: list[str]) -> None:
    body = LexborHTMLParser("<body>" + "".join(pieces) + "</body>").body
    assert body is not None
    assert choice_boxes(body_controls(body)) == _two_queries(body)


def test_a_poll_is_still_a_box() -> None:
    body = LexborHTMLParser("<body><div id=poll><p>Irez-vous voter ?</p><label><input "
                            "type=radio>Oui</label><label><input type=radio>Non</label>"
                            "</div><p>" + "Texte. " * 100 + "</p></body>").body
    assert body is not None
    poll = body.css_first("#poll")
    assert poll is not None
    assert choice_boxes(body_controls(body)) == {poll.mem_id}


def _tokens_one_by_one(names: str) -> bool:
    """The chrome-token test as it was written before: token by token, plural too."""
    return any(t in walk._CHROME_TOKENS or (t.endswith("s") and t[:-1] in walk._CHROME_TOKENS)
               for t in walk._TOKEN_SPLIT.split(names))


_TOKENS = sorted(walk._CHROME_TOKENS) + ["s", "ss", "adss", "navs", "menus", "metas", "x",
                                         "header", "story", "", "-", " ", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=6), st.sampled_from([" ", "-", "_", "--"]))
def test_chrome_tokens_as_one_set(tokens: list[str], sep: str) -> None:
    names = sep.join(tokens)
    assert (not walk._CHROME_TOKEN_FORMS.isdisjoint(walk._TOKEN_SPLIT.split(names))) == (
        _tokens_one_by_one(names))


_CONTROL_PIECES = [
    "<input type=radio>", "<INPUT TYPE=Radio>", "<input type=checkbox class=verdict>",
    "<input type=password>", "<input type=PASSWORD class='x Verdict'>", "<input type=text>",
    "<input type=\u212aadio>", "<button>Oui</button>", "<button class=verdict-box>Faux</button>",
    "<div class=verdict>Faux</div>", "<div class=VERDICT>Vrai</div>", "<p class='a verdicts'>",
    "</p>", "<span class=verdict class=other>", "</span>", "<svg>", "</svg>", "<math>",
    "</math>", "<table>", "</table>", "<select>", "</select>", "<template>", "</template>",
    "<noscript>", "</noscript>", "<form>", "</form>", "texte ", "<title class=verdict>"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CONTROL_PIECES), max_size=25),
       st.lists(st.sampled_from(_CONTROL_PIECES), max_size=5), st.booleans())
def test_one_query_gives_each_query_s_own_list(body: list[str], head: list[str],
                                                doctype: bool) -> None:
    html = ("<!DOCTYPE html>" if doctype else "") + "<html><head>" + "".join(head) + \
        "</head><body>" + "".join(body) + "</body></html>"
    tree = LexborHTMLParser(html)
    node = tree.body
    assert node is not None
    controls = body_controls(node)
    ids = lambda nodes: [n.mem_id for n in nodes]  # noqa: E731
    assert ids(controls.choices) == ids(node.css(_CHOICES))
    assert ids(controls.buttons) == ids(node.css("button"))
    assert ids(controls.verdicts) == ids(node.css("[class*=verdict]"))
    # The wall's test asked the whole tree: no password field lies outside the body.
    assert controls.password == (tree.css_first("input[type=password]") is not None)
