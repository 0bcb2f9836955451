"""Word lists and compiled patterns: the data the rules run on, named and compiled once at import.

Each section belongs to one step of the pipeline. Patterns are module-level constants so that
they are compiled exactly once and can be read, tested and extended as data.
"""

from __future__ import annotations

import re

# --- text ---

#: Characters that are white space to a reader but not to :meth:`str.isspace`: the C0 control
#: characters that are not line or tab controls (wire feeds end stories with ETX), DEL, the
#: soft hyphen, zero-width space, zero-width non-joiner and joiner, word joiner, and the
#: byte-order mark.
INVISIBLE_CHARS = (
    "".join(chr(code) for code in (*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F))
    + "\u00ad\u200b\u200c\u200d\u2060\ufeff"
)

_INVISIBLE_CLASS = "".join(re.escape(char) for char in INVISIBLE_CHARS)

#: A run of white space or invisible characters, folded to one space in block text.
SPACE_RUN = re.compile(rf"[\s{_INVISIBLE_CLASS}]+")

#: Invisible characters only (removed, not turned into a space, when they stand between letters).
INVISIBLE_RUN = re.compile(f"[{_INVISIBLE_CLASS}]+")

#: A run of visible characters: neither white space nor invisible.
VISIBLE_RUN = re.compile(rf"[^\s{_INVISIBLE_CLASS}]+")

#: The characters that end a line for :meth:`str.splitlines` (``"\r\n"`` ends one line too).
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"

#: Any line break but ``"\n"``: text without one splits into lines at ``"\n"`` alone.
OTHER_LINE_BREAK_RE = re.compile("[" + re.escape(LINE_BREAKS.replace("\n", "")) + "]")

#: A sentence ending: a full stop, question or exclamation mark, possibly followed by closing
#: quotation marks or brackets, at the end of a block.
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")

# --- sniffing ---

#: What marks an input as an HTML page: a doctype or an <html>, <head> or <body> tag anywhere
#: in its first characters, or a block tag as its very first thing.
HTML_SNIFF_RE = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]"
    r"|\A[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:div|p|article|section|main|header|h[1-6]|table|ul|ol|meta|title|link|script|style)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)

# --- page ---

#: Lines that are page navigation when they stand alone: site menus, account links, footers.
#: Whole-line matches, so that prose mentioning "home" or "search" never matches.
PAGE_NAVIGATION_PATTERNS: tuple[str, ...] = (
    r"home(?:\s*page)?",
    r"menu",
    r"(?:site )?search",
    r"(?:sign|log) ?(?:in|up|out)(?:\s*[/|]\s*(?:sign|log) ?(?:in|up|out)|/register)?",
    r"register",
    r"my (?:account|profile)",
    r"subscribe(?: now)?",
    r"contact(?: us)?",
    r"about(?: us)?",
    r"privacy(?: policy| notice| statement)?",
    r"terms(?: and conditions| of (?:use|service))?",
    r"cookies?(?: policy| settings| preferences)?",
    r"site ?map",
    r"skip to (?:main )?(?:content|navigation|search)",
    r"(?:back|return) to top",
    r"advertise(?: with us)?",
    r"rss(?: feeds?)?",
    r"newsletters?",
    r"careers|jobs",
    r"help|faq",
    r"accessibility",
    r"refer (?:this |it )?to a friend",
    r"(?:e-?mail|send) (?:this |it )?(?:(?:page|article|story) )?to a friend",
    r"e-?mail a friend",
    r"printable(?: version| page)?",
    r"click here\b.{0,50}",
    r"listen(?: to (?:this )?(?:article|story))?",
    r"(?:[\w&]+ )?(?:section )?sponsors?",
    r"(?:text|font) size.{0,20}",
    r"(?:increase|decrease|reset|larger|smaller|bigger)(?: (?:text|font))?(?: size)?",
    r"\[?\s*[-–]\s*\]?\s*(?:text|font|a)\s*\[?\s*\+\s*\]?",
    r"(?:get |subscribe to )?(?:[\w&]+ ){0,3}(?:rss |news )?feeds",
    r"(?:e-?mail|mail|print|share|tweet|save|bookmark)(?: this)?(?: article| story| page| post)?",
    r"(?:share|post|send) (?:to|on|via) \w+",
    r"print(?:er)?[- ]?(?:friendly|version)(?: page| version)?",
    r"subscribe to (?:this|our|the) .{1,30}",
    r"go to .{1,30}",
    r"submit (?:a )?(?:news|story|tip|item|news item|link)",
    r"(?:next|previous|prev|older|newer) (?:story|article|post|page)",
    r"(?:show|hide|toggle|open|close) (?:navigation|menu|sidebar)",
    r"(?:table of )?contents",
    r"close",
    r"powered by \S+(?: \S+)?",
    r"\d+ min(?:ute)? read",
    r"(?:most )?(?:popular|featured|trending)",
    r"(?:all )?(?:sections|topics|categories|archives?)",
    r"facebook|twitter|instagram|linkedin|youtube|pinterest|whatsapp|reddit",
)

#: The navigation patterns, as one compiled whole-line alternation.
PAGE_NAVIGATION_RE = re.compile(
    "(?:" + "|".join(PAGE_NAVIGATION_PATTERNS) + r")\s*[:|»>]?\s*$", re.IGNORECASE
)

#: The same, case-sensitive, for ASCII text already lower-cased (about twice as fast; the
#: patterns hold no capital letter, so the two agree on such text).
PAGE_NAVIGATION_LOWER_RE = re.compile(PAGE_NAVIGATION_RE.pattern)

#: The navigation patterns that may start with any word ("Gold sponsors", "Get our news
#: feeds"), each under a word that every match of it holds. They cost more than all the
#: others together on a line that is not navigation, so the ASCII test runs them only on a
#: line that holds one of these words.
PAGE_NAVIGATION_ANY_START_PATTERNS: dict[str, str] = {
    "sponsor": r"(?:[\w&]+ )?(?:section )?sponsors?",
    "feeds": r"(?:get |subscribe to )?(?:[\w&]+ ){0,3}(?:rss |news )?feeds",
}

#: The words of ``PAGE_NAVIGATION_ANY_START_PATTERNS``.
PAGE_NAVIGATION_ANY_START_KEYS: tuple[str, ...] = tuple(PAGE_NAVIGATION_ANY_START_PATTERNS)

#: ``PAGE_NAVIGATION_LOWER_RE`` split in two: the patterns that start with a word of their
#: own, and those that may start with any word (a line matches the whole iff it matches one).
PAGE_NAVIGATION_FIXED_START_LOWER_RE = re.compile(
    "(?:"
    + "|".join(
        p for p in PAGE_NAVIGATION_PATTERNS if p not in PAGE_NAVIGATION_ANY_START_PATTERNS.values()
    )
    + r")\s*[:|»>]?\s*$"
)
PAGE_NAVIGATION_ANY_START_LOWER_RE = re.compile(
    "(?:" + "|".join(PAGE_NAVIGATION_ANY_START_PATTERNS.values()) + r")\s*[:|»>]?\s*$"
)

#: Marks beyond ASCII that have no case and are no word character (curly quotes, dashes, the
#: ellipsis, "©", "»", bullets): most English blocks that are not ASCII hold no other. On a
#: block with no other, the case-sensitive patterns on the lower-cased block agree with the
#: ``re.IGNORECASE`` ones (no mark takes part in case folding), and words split there as at a
#: space.
PAGE_CASELESS_MARKS: tuple[str, ...] = ("’", "“", "”", "–", "—", "…", "‘", "©", "»", "•", "«", "·")

#: A line of three or more short links joined by separators: "Home · News · Sport",
#: "World | Business | Tech". Navigation wherever it stands.
PAGE_LINK_LIST_RE = re.compile(r"(?:[^·|•»/]{1,30}\s(?:[·|•»]|//?)\s){2,}[^·|•»/]{1,30}")

#: The separators a line of links needs (see ``PAGE_LINK_LIST_RE``): a line without any is
#: not tested. The first two are the only ASCII ones.
PAGE_LINK_SEPARATORS: tuple[str, ...] = ("|", "/", "·", "•", "»")

#: Lines around a headline that are not it: bylines, dates and times, captions and credits,
#: text-size and sharing tools.
PAGE_META_LINE_RE = re.compile(
    r"^(?:by|from|published|updated|posted|last (?:updated|modified)|photo|image|picture|"
    r"location|dateline|contact|tags|section|category|filed under|"
    r"credit|source|filed|written|story by|text size|font size|adjust font)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}"
    r"(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}\b"
    r"|\b(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?\b|\b\d\d?/\d\d?/(?:\d\d){1,2}\b|\b\d{1,2}:\d\d\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),",
    re.IGNORECASE,
)

#: The navigation patterns repeated over a whole line: a bar of tools printed without
#: separators ("Print this article Email this article").
PAGE_NAVIGATION_RUN_RE = re.compile(
    "(?:(?:" + "|".join(PAGE_NAVIGATION_PATTERNS) + r")\s*[:|»>]?\s*){2,}$", re.IGNORECASE
)

#: Month and weekday names (English, with the German, French and Spanish ones that differ
#: in their first letters), for a line that is nothing but a date.
_DATE_WORDS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"m[äa]r|mai|okt|dez|janv|f[ée]v|avr|juil|ao[ûu]t|d[ée]c|ene|abr|ago|dic|"
    r"mon|tue|wed|thu|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)

#: A line that is only a date and perhaps a time ("29 Dec, 2007", "Tuesday 8th January 2008",
#: "31. Oktober 2023", "01/13/08"): above a headline, never one.
PAGE_DATE_LINE_RE = re.compile(
    r"(?=.*\d)(?:(?:(?:" + _DATE_WORDS + r")[a-zäéû]*\.?|\d{1,4}(?:st|nd|rd|th)?|"
    r"[ap]\.?m\.?|gmt|utc|[ecmp][sd]?t|at|um|le|de|of|on|updated|published|posted)"
    r"[\s,./:–•·-]*)+",
    re.IGNORECASE,
)

#: A breadcrumb trail ("Homepage > Local News >", "Movies > Movie Buzz").
PAGE_BREADCRUMB_RE = re.compile(r"\S\s+>\s+\S|\s>\s*$")

#: A newspaper's note on its print edition or its reprint terms under a story ("A version of
#: this article appeared in print on May 2, page A12", "This copy is for your personal,
#: non-commercial use only"): page furniture, not the story's last paragraph.
PAGE_PRINT_NOTE_RE = re.compile(
    r"a version of this (?:article|story|review|column|report) (?:appeared|appears)\b"
    r"|this copy is for your personal,? non-commercial use",
    re.I,
)

#: How a credit line that stands where a byline would ends ("Staff and agencies", "Celebrity
#: News Service News Writer"): a role no headline ends with. ("Staff" or "Writers" alone end
#: headlines: "Alouettes add two to coaching staff".)
PAGE_CREDIT_END_RE = re.compile(
    r"(?:\band agencies|\b(?:staff|news|wire) (?:writers?|reporters?|reports|services))\s*$",
    re.IGNORECASE,
)

#: Wire services named alone on a line, beyond the dateline agencies ("United Press
#: International"), lower case.
PAGE_WIRE_NAMES: frozenset[str] = frozenset(
    ("united press international", "agence france-presse", "agence france presse")
)

#: A block that is HTML or script source printed as text (an ad's markup that a page wrote
#: out with ``document.write``): it opens with a tag.
MARKUP_RE = re.compile(r"<(?:[a-zA-Z][\w:-]*(?:\s[^>]*)?|/[a-zA-Z][\w:-]*)>|<!--")

#: An item of a list flattened to text: a bullet or a number, then the item.
LIST_ITEM_RE = re.compile(r"(?:[-–•*·▪►+]|\d{1,2}[.)])\s+\S")

#: A sentence ending in any script: Latin full stops, question and exclamation marks, and the
#: CJK full stop and marks, followed by a space, a quotation mark or the end.
ANY_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)]*(?:\s|$)|[。！？]")

#: Chinese, Japanese and Korean characters.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

#: Separators between a headline and the site's name in a page title: "Headline | Site",
#: "Headline - Site", "Headline -- Site", "Headline « Blog", "Site :: Headline".
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:[|«»·•–—-]|::|--)\s+")

#: Blocks that open a section of a page that is not the article: related and most-read
#: lists, recommendations, tags, share prompts. They end the article's cluster of blocks.
SECTION_MARKER_RE = re.compile(
    r"(?:related|more|other|latest|top|recent)(?: \w+){0,3}"
    r" (?:articles|stories|news|posts|headlines|videos|coverage|links|reading|comments)\b.{0,40}$"
    r"|more (?:from|on|in|about) .{0,50}$"
    r"|most (?:read|popular|emailed|viewed|shared|commented|recent)\b.{0,40}$"
    r"|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested)\b.{0,40}$"
    r"|(?:recommended|trending|popular|sponsored)(?: \w+){0,2}\s*:?$"
    r"|(?:read|up) next\b.{0,40}$"
    r"|around the web\s*$"
    r"|(?:tags|filed under|categories|topics)\s*:.{0,200}$"
    r"|share (?:this|on)\b.{0,40}$"
    r"|(?:previous|next|older|newer) (?:post|article|story|entry)\b.{0,100}$"
    r"|this entry was posted\b.{0,230}$",
    re.IGNORECASE,
)

#: The same, case-sensitive, for ASCII text already lower-cased (the pattern holds no capital
#: letter, so the two agree on such text, and the case-sensitive one is faster).
SECTION_MARKER_LOWER_RE = re.compile(SECTION_MARKER_RE.pattern)

#: The letters a match of ``SECTION_MARKER_LOWER_RE`` can start with (as
#: ``COMMENT_MARKER_FIRST_CHARS``).
SECTION_MARKER_FIRST_CHARS = frozenset("rmoltywpsuafcn")

#: Section markers that are never a sub-heading of the article, even between its
#: paragraphs: "Related on HuffPost:", "Also on the Gazette:" (a box of links follows).
PAGE_SECTION_OPENER_RE = re.compile(r"(?:related|also) (?:on|at|from|in) .{1,40}:\s*$", re.I)

#: A line of a post's tags or categories, however long ("Categories: Politics , Ohio ,
#: ..."): furniture, never prose.
PAGE_TAGS_LINE_RE = re.compile(
    r"(?:tags|tagged|categories|filed (?:under|in)|labels|topics)\s*:", re.IGNORECASE
)

#: What separates the items of a line of tags.
PAGE_TAG_SEPARATOR_RE = re.compile(r"\s*[,|·•;]\s*")

#: Section markers that are tools or labels around a headline, not the heading of a list of
#: links: a share bar, a line of tags or categories.
PAGE_TOOL_SECTION_RE = re.compile(r"share\b|(?:tags|filed under|categories|topics)\s*:", re.I)

#: Blocks that open a comment section: headings, counts, prompts.
COMMENT_MARKER_RE = re.compile(
    r"(?:\d+\s+)?(?:comments?|responses?|replies|reactions|discussion)(?:\s*\(\d+\))?\s*:?$"
    r"|\d+ (?:\w+ )?(?:thoughts|responses|comments|replies) (?:on|to)\b"
    r"|(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)"
    r"|join the (?:discussion|conversation)"
    r"|(?:show|view|read|load|see) (?:all )?(?:\d+ )?(?:comments|responses)"
    r"|comments? (?:are|is) (?:closed|moderated)"
    r"|be the first to comment"
    r"|reader comments"
    r"|[{(\[]?\s*\d+ comments?\b"
    r"|reply(?: to this comment)?\s*$|report (?:abuse|comment)\s*$",
    re.IGNORECASE,
)

#: The same, case-sensitive, for ASCII text already lower-cased (as ``SECTION_MARKER_LOWER_RE``).
COMMENT_MARKER_LOWER_RE = re.compile(COMMENT_MARKER_RE.pattern)

#: The characters a match of ``COMMENT_MARKER_LOWER_RE`` can start with (each alternative
#: opens with one of these letters, a digit, a bracket or white space): an ASCII line
#: starting with another is not tried.
COMMENT_MARKER_FIRST_CHARS = frozenset("0123456789crdlpawsjvb{([ \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")

#: The header of one comment in a thread: its author and time ("Maria July 7, 2012 at 2:31
#: pm", "Posted October 28, 2012 at 10:31 pm | Permalink", "Jane says:", "3 hours ago"), or
#: its buttons ("Reply", "Permalink"), with at most a few words after the time (a live blog's
#: "12:55 PM – The leader bogeys the 18th." is prose). One alone may be an article's own date
#: line or a quoted post; a run of them with prose between is a comment thread (see ``page.py``).
COMMENT_HEADER_PATTERNS: dict[str, str] = {
    # A time: "July 7, 2012 at 2:31 pm".
    "time": r".{0,80}\b\d{1,2}:\d\d\s*(?:[ap]\.?m\b\.?)(?:\s*\S+){0,4}\s*$",
    # An age: "3 hours ago".
    "ago": r".{0,80}\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+ago\b(?:\s*\S+){0,4}\s*$",
    # The writer: "Jane says:".
    "says": r".{0,60}\b(?:says|said|wrote)\s*(?::\s*|\.{3}\s*|…\s*)?$",
    # A button first: "Reply", "Report abuse |".
    "button": r"(?:reply|permalink|report(?: abuse| comment| this)?|quote|flag)\s*(?:[|·•]|$)",
    # A button last: "... | Permalink".
    "bar": r".{0,80}[|·•]\s*(?:reply|permalink)\s*$",
}

#: All of them, as one compiled alternation.
COMMENT_HEADER_RE = re.compile("|".join(COMMENT_HEADER_PATTERNS.values()), re.IGNORECASE)

#: Each of them, case-sensitive, for ASCII text already lower-cased (as
#: ``SECTION_MARKER_LOWER_RE``): a line is tested only against the patterns whose words it
#: holds, which spares most lines with a colon or a "said" the whole alternation.
COMMENT_HEADER_LOWER_RES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern) for name, pattern in COMMENT_HEADER_PATTERNS.items()
}

#: The words that a header's first button starts with ("button" above).
COMMENT_HEADER_BUTTONS: tuple[str, ...] = ("reply", "permalink", "report", "quote", "flag")

#: The words a writer's header ends with ("says" above), before a colon or an ellipsis.
COMMENT_HEADER_SPEECH: tuple[str, ...] = ("says", "said", "wrote")

#: The marks that may follow them.
COMMENT_HEADER_SPEECH_END = ":.…"

#: ... or "Jane Doe writes:", "by jdoe (543817) writes:": at most four words before it and
#: no comma ("As you may recall, the columnist writes:" quotes a text).
COMMENT_WRITES_HEADER_RE = re.compile(
    r"(?:by\s+)?[^\s,]+(?:\s+[^\s,]+){0,3}\s+writes\s*:\s*$", re.IGNORECASE
)

#: What a web page's byline may open with before "by": "Posted by Jane Doe", "Written By:
#: Jane Doe", "Story by Jane Doe".
PAGE_BYLINE_LEAD_RE = re.compile(
    r"(?:posted|written|story|words|article|text|photos?|video|report(?:ed|ing)?)\s+(?=by\b)",
    re.IGNORECASE,
)

#: Where the date or time that a web page's byline ends with starts: " on November 13, 2012",
#: " - Oct 28 12", " · 29 Dec 2007", " posted Nov 13th 2012 1:55PM", ", 01 June 2010",
#: " | 10:45 am", " 2 hours ago". What follows must open with a date word or a digit.
PAGE_BYLINE_DATE_TAIL_RE = re.compile(
    r"(?:\s*[|•·,–—-]\s*|\s+)(?:(?:on|posted|published|updated|at)\s+)?"
    r"(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\W|\d)",
    re.IGNORECASE,
)

#: The post's date before "by" in a web page's byline ("August 25th, 2012 by Jane Doe",
#: "29 Dec 2007 | by Jane Doe"): the date is group 1, and must be all date.
PAGE_BYLINE_DATE_LEAD_RE = re.compile(r"(\S.{0,40}?\d.{0,20}?)[\s,|·•–—-]*(?=by\b)", re.I)

#: A date that names a day, not a year alone: a month's name or "3/12/2024".
PAGE_DAY_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d\d?[/.-]\d\d?[/.-]\d",
    re.IGNORECASE,
)

#: The count of comments a web page's byline ends with: " · 2 comments", " | No Comments",
#: " - 1 Comment".
PAGE_BYLINE_COMMENT_COUNT_RE = re.compile(
    r"\s*[·|•–—-]\s*(?:\d+|no) (?:comments?|responses?|replies)\s*»?$", re.IGNORECASE
)

#: A user name standing alone in a web page's byline before its date ("by randfish on
#: December 29, 2010", "by Meghann on ..."): one word of letters, digits, "_", "." or "-".
PAGE_BYLINE_HANDLE_RE = re.compile(r"[^\W_][\w.-]{1,30}")

#: Words of a page's tools and prompts ("Send Text Message Print", "Close extra sharing
#: options", "+ Comments Leave a Comment", "Mail the Editor", "Recommend Don't Recommend"): a
#: short line made mostly of them is furniture, never a headline. Lower case.
PAGE_TOOL_WORDS: frozenset[str] = frozenset(
    (
        "a", "add", "all", "an", "article", "articles", "bookmark", "close", "comment",
        "comments", "copy", "don't", "editor", "email", "e-mail", "embed", "enable", "extra",
        "facebook", "feedback", "follow", "font", "get", "hide", "inbox", "javascript", "leave",
        "letter", "link", "mail", "message", "more", "open", "options", "our", "page", "post",
        "print", "rate", "recommend", "reply", "report", "save", "search", "send", "share",
        "sharing", "show", "sign", "size", "subscribe", "text", "the", "this", "to", "tweet",
        "twitter", "url", "video", "videos", "view", "write", "your",
    )
)  # fmt: skip

#: A line of program code in a listing flattened to text: it opens or closes a block or a
#: call, ends a statement, assigns, or is a comment ("fetch(url).then(function(res) {",
#: "}", "x = 1;", "// res is a Response", "SELECT avg(n)").
PAGE_CODE_LINE_RE = re.compile(
    r"[{};]\s*$|^\s*[})\]]|\w\(.*\)|^\s*(?://|#|--)\s|\s(?:=|==|=>|->|\+=)\s"
    r"|^(?:def|class|return|import|from|var|let|const|function|if|for|while|select|from|where"
    r"|print|echo)\b"
)

# --- headlines ---

#: Words that Title Case leaves in lower case; they do not count against a Title Cased headline.
HEADLINE_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "down",
        "for",
        "from",
        "in",
        "into",
        "like",
        "near",
        "nor",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "out",
        "over",
        "past",
        "per",
        "so",
        "than",
        "that",
        "the",
        "till",
        "to",
        "up",
        "upon",
        "via",
        "with",
        "yet",
        "from",
        "into",
        "over",
        "with",
    ]
)

# --- boilerplate ---

#: Whole-block patterns for trailing or leading furniture. A block is boilerplate by wording
#: only when one of these matches from its start; position decides the rest (see roles.py).
BOILERPLATE_PATTERNS: tuple[str, ...] = (
    # Comment prompts and counts.
    r"be the first to comment\b",
    r"(?:write|leave|post|add) (?:a |your )?(?:comment|reply|response)s?\b",
    r"\d+\s+comments?\b",
    r"comments?\s*(?:\(\d+\)|:|$)",
    r"(?:view|show|read|see|load|join) (?:all |the |more )?(?:\d+ )?(?:comments|discussion)\b",
    r"you must be logged in to post a comment\b",
    r"(?:log ?in|sign ?in|register) to (?:comment|reply|post)\b",
    r"your email address will not be published\b",
    r"required fields are marked\b",
    r"(?:cancel )?reply\s*$",
    r"comments? (?:are|is) (?:closed|moderated)\b",
    # WordPress and Akismet.
    r"this site uses akismet to reduce spam\b",
    r"notify me of (?:follow-up comments|new posts)\b",
    r"save my name, email,? and website\b",
    r"filed under:?",
    r"tags?:\s",
    r"posted in\b",
    # Share and follow prompts.
    r"(?:share|tweet|email|print)(?: this(?: article| story| page)?)?(?: on \w+)?\s*[:!.]?\s*$",
    r"share (?:this|on|via)\b",
    r"click to (?:share|email|print)\b",
    r"follow (?:us|me|\w+) on (?:twitter|facebook|instagram|linkedin|x)\b",
    r"like us on facebook\b",
    # Newsletter sign-ups.
    r"sign up (?:for|to) (?:our|the) .{0,40}newsletter",
    r"subscribe (?:to|for) (?:our|the) .{0,40}(?:newsletter|updates)",
    r"(?:get|receive) (?:our|the) .{0,40}newsletter",
    r"(?:subscribe|sign up) now\b",
    # Copyright lines.
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|$)|all rights reserved\.?\s*$)",
    r"this (?:material|article) may not be (?:published|reproduced)\b",
    # Wire credits and standards.
    r"\(?reporting by\b",
    r"\(?(?:additional reporting|writing|editing|compiled) by\b",
    r"our standards:",
    r"reuters?\s*$",
    r"(?:-+\s*)?more(?:\s*-+)?\s*$",  # a wire story continued in a later take
    # Related and further reading.
    r"related(?: articles| stories| coverage| content| links| posts| topics)?\s*:",
    r"related(?: articles| stories| coverage| content| links| posts| topics)?\s*$",
    r"read more\b",
    r"(?:more|most) (?:from|read|popular|on)\b.{0,40}$",
    r"see also\s*:",
    r"advertisement\s*$",
    r"(?:photo|image|picture)(?: credit)?s?\s*:",
)

#: Patterns that mark a short block as boilerplate wherever they stand in it ("... 2017 The
#: Associated Press. All rights reserved.").
BOILERPLATE_ANYWHERE_PATTERNS: tuple[str, ...] = (
    r"\ball rights reserved\.?\s*$",
    r"\bthis site uses akismet\b",
    r"\bmay not be (?:published, broadcast|reproduced|redistributed)\b",
)

#: The boilerplate patterns found anywhere in a block, as one compiled alternation.
BOILERPLATE_ANYWHERE_RE = re.compile("|".join(BOILERPLATE_ANYWHERE_PATTERNS), re.IGNORECASE)

#: The boilerplate patterns as one compiled alternation, matched at a block's start.
BOILERPLATE_RE = re.compile(
    "|".join(f"(?:{pattern})" for pattern in BOILERPLATE_PATTERNS), re.IGNORECASE
)

#: Both sets of patterns again, case-sensitive, for ASCII text lower-cased first: matching
#: lower-cased text is exact for ASCII (the patterns are written in lower case) and about twice
#: as fast as ``re.IGNORECASE``.
BOILERPLATE_LOWER_RE = re.compile("|".join(f"(?:{pattern})" for pattern in BOILERPLATE_PATTERNS))
BOILERPLATE_ANYWHERE_LOWER_RE = re.compile("|".join(BOILERPLATE_ANYWHERE_PATTERNS))

#: Words that a match of each pattern of ``BOILERPLATE_ANYWHERE_PATTERNS`` contains, lower
#: case: a block without any of them is not searched (most blocks).
BOILERPLATE_ANYWHERE_KEYS: tuple[str, ...] = ("all rights reserved", "akismet", "may not be ")

# --- datelines ---

#: Month names and the abbreviations wire copy uses, lower case and without a full stop, to the
#: month number. Reuters writes months without a period ("Feb 26"), AP with one ("Feb. 26"),
#: and both spell out March to July.
MONTHS: dict[str, int] = {
    **{
        name: number
        for number, names in enumerate(
            (
                ("january", "jan"),
                ("february", "feb", "febr"),
                ("march", "mar"),
                ("april", "apr"),
                ("may",),
                ("june", "jun"),
                ("july", "jul"),
                ("august", "aug"),
                ("september", "sep", "sept"),
                ("october", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ),
            start=1,
        )
        for name in names
    }
}

#: The month names as a regex alternation, longest first so "Sept" wins over "Sep".
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))

#: A weekday's name, full or short, without its case ("Wed", "Thurs", "Saturday"): wrap it in
#: ``(?i:...)`` or compile with ``re.IGNORECASE``.
WEEKDAY_PATTERN = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
)

#: A month and day as datelines print them: "March 3", "Nov. 24", "Feb 26", "2 Jan.", with an
#: optional year ("Jan. 8, 2008"). Case-insensitive, because Reuters-21578 has "MARCH 20" and
#: "march 18".
MONTH_DAY_RE = re.compile(
    rf"(?i:(?P<month>{MONTH_ALTERNATION})\.?[ ]?(?P<day>[0-3]?\d)"
    rf"|(?P<day2>[0-3]?\d)[ ](?P<month2>{MONTH_ALTERNATION})\.?)"
    r"(?![\w])(?:,?[ ](?P<year>(?:1[89]|20)\d\d)(?!\w))?"
)

#: A time of day after a date in page metadata ("July 24, 2012 8:10 AM PDT", ", 2:42 pm"):
#: the clock as written, any zone name after it ignored (as dateparser reads it, naive).
CLOCK_TIME_RE = re.compile(
    r",?[ ]+(?:at[ ]+)?(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:[ ]?(?P<half>(?i:[ap])\.?(?i:m)\.?))?(?:[ ]+[A-Z]{2,5})?[ ]*"
)

#: AP style abbreviations of the U.S. states (and D.C.), as they follow a city in a dateline.
AP_STATE_ABBREVIATIONS: tuple[str, ...] = (
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.", "Ill.",
    "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
    "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
)  # fmt: skip

#: The states AP spells out in a dateline.
AP_STATES_SPELLED_OUT: tuple[str, ...] = (
    "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
)  # fmt: skip

#: News agencies and outlets that put their name in parentheses in a dateline. Any short
#: capitalised name in parentheses is read as an agency when a location or a date stands before
#: it; an opening with no place, such as "(CNN)The" or "(Reuters) The", needs a name from here.
NEWS_AGENCIES: frozenset[str] = frozenset(
    (
        "AP", "Associated Press", "Reuters", "AFP", "UPI", "Xinhua", "Xinhuanet", "CNN",
        "CNN Business", "CNNMoney", "Bloomberg", "dpa", "DPA", "ANSA", "EFE", "Kyodo", "Yonhap",
        "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "PTI", "IANS", "ANI", "UNI", "AAP",
        "CP", "Canadian Press", "The Canadian Press", "BBC", "AKI", "Sputnik", "Anadolu", "WAM",
        "SPA", "KUNA", "MENA", "IRNA", "Bernama", "Antara", "PNA", "CNA", "NHK", "Reuters Health",
        "HealthDay", "HealthDay News", "MarketWatch", "Dow Jones", "AP Photo", "CBS News",
        "CBSNews", "CBS", "NBC", "NBC News", "ABC", "ABC News", "Fox News", "KTLA", "WWJ",
        "Sports Network", "The Sports Network", "Billboard", "Hollywood Reporter", "Variety",
        "Thomson Financial", "Business Wire", "PRNewswire", "PR Newswire", "GLOBE NEWSWIRE",
        "Globe Newswire", "Marketwired", "AllAfrica", "IPS", "RFE/RL", "JTA", "CNS", "RNS",
        "BANG", "WENN", "Newser", "Axios", "Politico", "Yahoo", "Yahoo News", "Zee News",
    )
)  # fmt: skip

#: Words that may open a paragraph before a dash or an agency without being a place: labels,
#: kickers and sentence openers ("ANALYSIS —", "UPDATE -", "Meanwhile -", "By Tom Ashby
#: ABUJA"). "The" is not among them: "THE HAGUE" is a place, "The Hague" too, but a
#: mixed-case "The ..." is not (see dateline.py).
NOT_PLACE_WORDS: frozenset[str] = frozenset(
    (
        "analysis", "breaking", "update", "updated", "updates", "exclusive", "opinion",
        "editorial", "comment", "commentary", "review", "note", "editor", "editors", "correction",
        "clarification",
        "warning", "spoiler", "spoilers", "video", "watch", "listen", "live", "photos", "photo",
        "advertisement", "sponsored", "developing", "urgent", "flash", "bulletin", "alert",
        "a", "an", "and", "but", "so", "yes", "no", "now", "then", "meanwhile", "however",
        "well", "still", "first", "finally", "also", "today", "tonight", "yesterday", "this",
        "that", "these", "those", "here", "there", "it", "we", "i", "he", "she", "they", "you",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "reporting", "editing", "writing", "by", "from", "for", "in", "on", "at", "with", "q", "re",
        "poll", "report", "fact", "quote", "question", "answer", "transcript", "statement",
        "summary", "abstract", "excerpt", "source", "sources", "title", "subject", "fwd", "ps",
        "faq", "tip", "tips", "bonus", "plus", "more", "related", "read", "see", "top", "chart",
        "map", "graphic", "timeline", "profile", "interview", "obituary", "letter", "letters",
        "rpt", "repeat", "refile", "refiled", "corrected", "correcting", "recasts", "adds",
        # Country and organisation initials open sentences, not datelines ("U.S. — The ...").
        "u.s", "us", "u.k", "uk", "eu", "un", "u.n", "nato", "isis", "fbi", "cia", "nasa", "gop",
        "dnc", "rnc", "imf", "opec", "nfl", "nba", "mlb", "nhl", "fifa", "uefa", "ceo",
        # More kickers and captions ("FILE - In this Jan. 3 photo", "EDITOR'S NOTE —").
        "file", "editor's", "editors'", "disclaimer", "disclosure", "promoted", "partner",
        "featured", "trending", "popular", "recommended", "preview", "recap", "icymi",
        "flashback", "tomorrow", "morning", "evening", "weekend", "latest", "special",
        "sports", "business", "politics", "world", "nation", "local", "weather", "traffic",
        "entertainment", "health", "science", "technology", "tech", "money", "markets",
        # Question and linking words ("When (TV): ...").
        "when", "where", "what", "why", "how", "who", "which", "if", "as", "after", "before",
        "while", "since", "because", "although", "though", "unless", "until", "once", "not",
        # Titles before a name ("Sen. Ted Cruz (R-Texas) —").
        "sen", "rep", "gov", "pres", "dr", "mr", "mrs", "ms", "president", "senator", "mayor",
    )
)  # fmt: skip

#: A party and state in parentheses after a politician's name: "(R-Texas)", "(D-N.Y.)". Not
#: an agency.
PARTY_LABEL_RE = re.compile(r"[RDI]-[A-Z]")

#: First words of multi-word city names ("NEW YORK", "SAN FRANCISCO", "ST. LOUIS"): they let a
#: mixed-case name of two or three words stand as a bare dateline ("New York - The ..."), and
#: they tell where a glued all-capitals byline ends and the place begins.
CITY_PREFIXES: frozenset[str] = frozenset(
    (
        "new", "san", "santa", "santo", "sao", "são", "los", "las", "la", "le", "el", "st.",
        "ste.", "saint", "sainte", "ft.", "fort", "port", "porto", "puerto", "rio", "hong",
        "kuala", "buenos", "tel", "abu", "des", "de", "du", "grand", "little", "great",
        "east", "west", "north", "south", "upper", "lower", "cape", "mount", "mt.", "lake",
        "palm", "baton", "kansas", "oklahoma", "mexico", "panama", "guatemala", "kuwait",
        "salt", "long", "virginia", "colorado", "sioux", "cedar", "corpus", "costa", "addis",
        "phnom", "dar", "sri", "ho", "ciudad", "bandar", "al", "ad", "as", "ras",
    )
)  # fmt: skip

#: Cities that South Asian, Gulf and African papers put before a colon ("NEW DELHI: The ...",
#: "KATHMANDU: ..."). A capitalised word and a colon is also how a transcript names its
#: speaker ("TAPPER: Welcome back"), so a dateline with a colon and no agency must name one of
#: these news centres, lower case.
COLON_DATELINE_CITIES: frozenset[str] = frozenset(
    (
        # India.
        "new delhi", "delhi", "mumbai", "kolkata", "chennai", "bengaluru", "bangalore",
        "hyderabad", "ahmedabad", "pune", "jaipur", "lucknow", "kanpur", "nagpur", "patna",
        "bhopal", "chandigarh", "srinagar", "jammu", "guwahati", "bhubaneswar", "ranchi",
        "raipur", "indore", "surat", "vadodara", "agra", "varanasi", "amritsar", "ludhiana",
        "noida", "gurugram", "gurgaon", "ghaziabad", "panaji", "thiruvananthapuram", "kochi",
        "kozhikode", "coimbatore", "madurai", "visakhapatnam", "vijayawada", "mangaluru",
        "mysuru", "shimla", "dehradun", "imphal", "shillong", "aizawl", "agartala", "gangtok",
        "itanagar", "kohima", "puducherry", "allahabad", "prayagraj", "meerut", "jodhpur",
        "udaipur", "kota", "gwalior", "jabalpur", "nashik", "aurangabad", "thane", "rajkot",
        # Pakistan, Bangladesh, Nepal, Sri Lanka, Afghanistan, Bhutan, Maldives.
        "islamabad", "karachi", "lahore", "peshawar", "quetta", "rawalpindi", "multan",
        "faisalabad", "dhaka", "chittagong", "chattogram", "kathmandu", "colombo", "kabul",
        "thimphu",
        # The Gulf, the Middle East, Africa.
        "dubai", "abu dhabi", "sharjah", "doha", "riyadh", "jeddah", "kuwait", "kuwait city",
        "manama", "muscat", "tehran", "baghdad", "beirut", "damascus", "amman", "jerusalem",
        "ankara", "istanbul", "cairo", "lagos", "abuja", "nairobi", "kampala", "accra",
        "johannesburg", "harare", "addis ababa", "dar es salaam", "khartoum",
        # News centres anywhere.
        "london", "washington", "new york", "paris", "beijing", "moscow", "tokyo", "singapore",
        "kuala lumpur", "jakarta", "manila", "bangkok", "hong kong", "seoul", "sydney",
        "melbourne", "brussels", "geneva", "berlin", "rome", "madrid", "united nations",
    )
)  # fmt: skip

#: The first words of city names that are not ordinary English words, so that a mixed-case
#: "San Diego -" or "Hong Kong -" is a place but "New Project -" or "Great News -" is not
#: ("New York" and "New Delhi" pass by their last word, see CITY_SUFFIXES).
MIXED_CASE_CITY_PREFIXES: frozenset[str] = frozenset(
    (
        "san", "santa", "santo", "sao", "são", "los", "las", "la", "le", "el", "st.", "ste.",
        "saint", "ft.", "fort", "porto", "puerto", "rio", "hong", "kuala", "buenos", "tel",
        "abu", "des", "addis", "phnom", "dar", "sri", "ho", "ciudad", "bandar", "al", "baton",
        "kansas", "oklahoma", "mexico", "panama", "guatemala", "kuwait", "salt", "sioux",
        "cedar", "corpus", "costa",
    )
)  # fmt: skip

#: Last words of multi-word city names ("KANSAS CITY", "PALM BEACH", "CHAPEL HILL").
CITY_SUFFIXES: frozenset[str] = frozenset(
    (
        "city", "beach", "springs", "falls", "heights", "park", "hill", "hills", "harbor",
        "harbour", "valley", "creek", "lake", "island", "islands", "bay", "rapids", "point",
        "junction", "village", "town", "county", "station", "bluffs", "grove", "haven", "ridge",
        "rock", "vegas", "angeles", "york", "orleans", "jersey", "delhi", "zealand",
    )
)  # fmt: skip

#: Lower-case particles inside place names ("RIO DE JANEIRO", "Stratford-upon-Avon").
PLACE_PARTICLES: frozenset[str] = frozenset(
    ("de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "el",
     "al", "of", "on", "upon", "am", "an", "der", "den", "van", "von", "y", "en", "sur")
)  # fmt: skip

#: The dashes that end a dateline: em, en and horizontal-bar dashes, the double and single
#: hyphen, the triple hyphen some sites print, and the underscore of older AP wire copy.
DATELINE_DASH = r"(?:---?|[—–―‒]|-|_)"

#: One word of a place name: starts with a letter, may hold full stops, apostrophes, single
#: hyphens and ampersands ("ST. LOUIS", "COEUR D'ALENE", "WINSTON-SALEM", "N.Y."). A double
#: hyphen ends the word: "CHICAGO--Something" is a place and a dash.
_PLACE_WORD = r"[^\W\d_](?:[^\W_]|[.'’&]|-(?!-))*"

#: One place: up to five words, several places joined by a slash ("KYIV/KHARKIV"); never a
#: month followed by a day ("Nov 3 (Reuters) -" has no place).
_PLACE = (
    rf"(?!(?i:{MONTH_ALTERNATION})\.?[ ]?\d){_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,4}}"
    rf"(?:[ ]?/[ ]?{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}){{0,3}}"
)

#: A region after the place, which must not be the date: ", Fla.", ", Ukraine", ", New Zealand"
#: (wire copy sometimes has a space before the comma: "OAKLAND , N.J.").
_REGION = (
    rf"(?:[ ]?,[ ]?(?!(?i:{MONTH_ALTERNATION})\.?[ ]?\d){_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})"
)

#: A country in square brackets after the place, as ANI writes it: "New Delhi [India], Mar 3".
_BRACKETED_REGION = rf"(?:[ ]\[{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}\])"

#: A short name in parentheses: "(AP)", "(Reuters Life!)", "(Sports Network)".
_AGENCY_NAME = r"[^\W\d_][\w.&'’/!-]*(?:[ ][\w.&'’/!-]+){0,3}"

#: The dash that ends a dateline, with the spaces around it: a single hyphen or an underscore
#: needs a space on one side at least, or to end the paragraph ("MONTREAL, Feb 26-" over a
#: table of results; checked in dateline.py); EFE writes a full stop before it ("(EFE).- ").
#: A colon ends one only after a known agency ("(AFP): Three"; checked in dateline.py).
_DASH_TAIL = (
    r"(?:\.?[ ]?(?P<dash>---?|[—–―‒])[ ]?"
    r"|[ ](?P<dash1>[-_])[ ]?|\.?(?P<dash2>[-_])(?:[ ]|\Z)|(?P<colon>:)[ ])"
)

#: A dateline: an optional place and regions, an optional date (with Reuters-21578's
#: ", Reuter"), an optional agency in parentheses or between slashes ("/PRNewswire/"), then the
#: dash ("LAS VEGAS --(Business Wire)--" names the agency after it) or, after an agency, the
#: text itself ("(CNN)The", "WASHINGTON (AP) Congress", "MOSCOW, March 3. /TASS/. Russia"; the
#: place may end in a full stop: "MOSCOW. March 3 (Interfax)"), or after a date, the text after
#: a space (pages that lost the dash: "LONDON, Jan. 10 British actor ..."). Whether the parts
#: make a dateline is decided in dateline.py; this pattern only finds them, at the start.
DATELINE_RE = re.compile(
    rf"(?P<location>{_PLACE}{_BRACKETED_REGION}?{_REGION}{{0,2}})?"
    rf"(?:[ ]?[,.]?[ ]?(?P<date>{MONTH_DAY_RE.pattern})(?:,[ ]?Reuters?)?)?"
    rf"(?:[,.]?[ ]?(?:\((?P<agency>{_AGENCY_NAME})\)|/(?P<slashagency>[A-Za-z][\w .-]{{1,40}})/))?"
    rf"(?:,?{_DASH_TAIL}(?:\((?P<agencyafter>{_AGENCY_NAME})\)[ ]?(?:---?|[—–―‒])[ ]?)?"
    r"|(?<=[)/])(?P<nodash>\.?[ ]?)(?=[^\W_]|[\"“‘'(])"
    r"|(?<=\d)(?P<datenodash>[ ])(?=[^\W\d_]))"
)

# --- quotes ---


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of a word list, as a set."""
    return frozenset(words.split())


#: Double quotation marks that open a quotation unless their neighbours say otherwise.
QUOTE_OPENERS = "“„‟«"

#: Double quotation marks that close a quotation unless their neighbours say otherwise.
QUOTE_CLOSERS = "”»"

#: Any double quotation mark, typewriter and double prime included: the only marks that
#: delimit a quotation. Single marks are nested quotes or apostrophes (``it’s``, ``the Smiths’
#: plan``, ``’90s``, ``rock ’n’ roll``) and never pair.
QUOTE_MARK_RE = re.compile('[“„‟«”»"″]')

#: Characters after which a mark opens a quotation (white space aside): "(“", "—“", "/“".
QUOTE_LEFT_FLANK = "([{—–-/"

#: Characters before which a mark closes a quotation (white space aside): "”.", "”,", "”)".
QUOTE_RIGHT_FLANK = ".,;:!?)]}—–-/…"

#: Speech and attribution verbs in every form a news report uses, after the speaker ("“Q,”
#: Jeffrey said"), before it ("“Q,” said Jeffrey") or before the quotation ("Jeffrey told
#: reporters: “Q.”"). Looked up word by word, lower case. The last line holds the first words of
#: phrasal ones: "went on", "shot back", "fired back", "pointed out", "chimed in".
SPEECH_VERBS = _word_set(
    """
    say says said saying tell tells told telling add adds added adding ask asks asked asking
    write writes wrote writing explain explains explained explaining note notes noted noting
    continue continues continued continuing reply replies replied replying insist insists
    insisted insisting argue argues argued arguing warn warns warned warning acknowledge
    acknowledges acknowledged acknowledging tweet tweets tweeted tweeting declare declares
    declared declaring state states stated stating announce announces announced announcing
    claim claims claimed claiming suggest suggests suggested suggesting recall recalls recalled
    recalling admit admits admitted admitting concede concedes conceded conceding complain
    complains complained complaining promise promises promised promising vow vows vowed vowing
    pledge pledges pledged pledging predict predicts predicted predicting urge urges urged
    urging boast boasts boasted boasting joke jokes joked joking quip quips quipped quipping
    shout shouts shouted shouting yell yells yelled yelling respond responds responded
    responding emphasize emphasizes emphasized emphasizing emphasise emphasised stress stresses
    stressed stressing observe observes observed remark remarks remarked agree agrees agreed
    counter counters countered countering charge charges charged allege alleges alleged
    alleging testify testifies testified testifying maintain maintains maintained contend
    contends contended caution cautions cautioned conclude concludes concluded call calls
    called calling describe describes described describing label labels labeled labelled dub
    dubs dubbed brand brands branded deride derides derided characterize characterizes
    characterized proclaim proclaims proclaimed assert asserts asserted affirm affirms affirmed
    confirm confirms confirmed deny denies denied denying reveal reveals revealed mention
    mentions mentioned recount recounts recounted retort retorts retorted scoff scoffs scoffed
    snap snaps snapped exclaim exclaims exclaimed lament laments lamented whisper whispers
    whispered chant chants chanted muse muses mused wonder wonders wondered posted reported
    answer answers answered answering read reads quoted quoting blogged texted emailed echoed
    interjected pressed chimed intoned offered assure assures assured fume fumes fumed rage
    rages raged gripe gripes griped snipe sniped marvel marveled marvelled gush gushed sigh
    sighed brag brags bragged rant ranted swear swore sworn reiterate reiterates reiterated
    summarize summarized observe observing conceding instruct instructed reply demand demands
    demanded retaliated surmised interrupted remembered recollected
    went shot fired pointed points chimed
    """
)

#: Words that may stand between a speaker and the speech verb: "Trump also said", "he has
#: long argued", "officials later told".
SPEECH_ADVERBS = _word_set(
    """
    also later then again previously once recently repeatedly often publicly privately
    reportedly has have had would will could long simply flatly bluntly quickly
    angrily frequently earlier first subsequently initially sharply already never just
    """
)

#: The cue that introduces a source after or around a quotation: "“Q,” according to NAME".
ACCORDING_TO_RE = re.compile(r"\b[Aa]ccording\s+to\s+")

#: Titles, ranks, offices and parties that stand before a name and are not part of it: "Army
#: Lt. Gen. Paul Funk" is Paul Funk, "Defense Secretary Jim Mattis" is Jim Mattis. Everything
#: up to the last of them goes, so "Iraqi Prime Minister Haider al-Abadi" is Haider al-Abadi
#: with no list of nationalities (which are first names too: "German Ortega"). Lower case, no
#: full stop.
NAME_TITLES = _word_set(
    """
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend coach principal dean provost
    president vice secretary
    minister prime deputy undersecretary assistant sen senator rep representative congressman
    congresswoman del delegate gov governor lt mayor councilman councilwoman councilmember gen
    general col colonel maj capt captain sgt sergeant cpl corporal pvt adm admiral cmdr
    commander lieut lieutenant brig army navy marine marines air force corps judge justice
    chief speaker leader chairman chairwoman chair director ambassador commissioner sheriff
    officer detective inspector superintendent supt attorney counsel pope king queen prince
    princess sheikh ayatollah cardinal bishop archbishop rabbi imam chancellor premier
    candidate nominee democrat democratic republican gop independent former acting state
    defense interior treasury homeland security foreign health labor commerce energy education
    transportation agriculture sens reps govs house senate majority minority whip spokesman
    spokeswoman spokesperson press presidential
    """
)

#: Capitalised words that open a sentence or clause and are not part of a name after them
#: ("But Trump said", "When Clinton was asked"), and words that are never a name.
NAME_STOPWORDS = _word_set(
    """
    a an the and but or so yet still then now later when while after before since as if though
    although because in on at by for from with without of to into about during this that these
    those there here it its his her their our my your we they he she i you asked said says told
    added meanwhile however instead also even only just both either neither not no yes indeed
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec according last next what why how who where
    under among amid despite unlike like over through across behind beyond within near toward
    towards upon against between around along each every
    """
)

#: Suffixes after a surname that are not the surname: "Donald Trump Jr." is indexed under Trump.
NAME_SUFFIXES = _word_set("jr sr ii iii iv")

#: Lower-case words that describe a person right before the name, alone ("attorney Rachel
#: Kim", "fisherman Tom Hale") or after a capitalised word ("Republican presidential nominee
#: Donald Trump", "Trump campaign manager Kellyanne Conway", "White House press secretary Josh
#: Earnest"). Any other lower-case words between capitalised ones are not a description.
NAME_DESCRIPTORS = _word_set(
    """
    former then-candidate presidential vice-presidential candidate nominee hopeful
    front-runner frontrunner campaign manager chairman chairwoman chair spokesman spokeswoman
    spokesperson press secretary communications director adviser advisor aide strategist
    pollster chief senior top deputy national political policy senator governor mayor
    congressman congresswoman representative lawmaker leader whip speaker attorney lawyer
    general prosecutor judge justice sheriff officer agent detective ambassador minister
    president founder executive ceo co-founder host anchor commentator columnist author
    analyst economist professor historian researcher scientist expert activist organizer
    pastor rev. bishop father mother wife husband son daughter brother sister friend coach
    teacher nurse doctor student farmer fisherman worker owner resident voter veteran
    delegate donor supporter billionaire businessman businesswoman mogul real-estate
    developer comedian actor actress singer rapper star reporter correspondent editor
    publisher rival opponent challenger incumbent chief-of-staff staff deputy state county
    city district federal u.s. republican democratic retired longtime veteran fellow outgoing
    incoming interim acting newly-elected opinion managing editorial ally confidant loyalist
    surrogate backer critic
    """
)

#: Lower-case particles inside personal names ("Ludwig van Beethoven", "Secretary of State").
NAME_PARTICLES = "(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|of|la|le|y)"

#: The same particles as words, for testing one token.
NAME_PARTICLE_WORDS: frozenset[str] = frozenset(NAME_PARTICLES[3:-1].split("|"))

#: Personal pronouns that stand for a speaker ("“Q,” he said", "“Q,” it reads"), as a
#: pattern. "I" and "we" are the reporter's voice outside a quotation.
SPEAKER_PRONOUN_PATTERN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?![\w’'])"

#: The writer's voice as the speaker, right after a quotation that ends in a comma ("“Okay,” I
#: said" in a first-person piece): a mention that names no one. Anywhere else "I" and "we" are
#: too often words of a quotation whose marks did not pair.
WRITER_PRONOUN_PATTERN = r"(?:I|[Ww]e)(?![\w’'])"

#: Pronouns that stand for one person: resolved to the last named speaker before them.
SINGULAR_PRONOUNS = frozenset(("he", "she"))

#: Words in a mention that say a speaker is a woman or a man ("Mrs. Clinton", "Rep. Jane Doe,
#: a congresswoman"), so that "she" and "he" skip a speaker they cannot stand for. A speaker
#: with none of them fits both pronouns.
FEMALE_WORDS = _word_set(
    """
    mrs ms miss madam madame congresswoman spokeswoman chairwoman businesswoman councilwoman
    assemblywoman queen princess lady dame sister mother wife daughter actress grandmother
    widow woman girl
    """
)
MALE_WORDS = _word_set(
    """
    mr congressman spokesman chairman businessman councilman assemblyman king prince lord sir
    brother father husband son actor grandfather widower man boy
    """
)

#: Heads of nominal sources ("a spokeswoman", "the officials", "two U.S. officials"): a
#: determiner, up to four modifiers, then one of these nouns. Such sources stay as written.
NOMINAL_HEADS = _word_set(
    """
    spokesman spokeswoman spokesmen spokeswomen spokesperson spokespeople official officials
    aide aides adviser advisers advisor advisors source sources analyst analysts expert experts
    officer officers authority authorities lawmaker lawmakers senator senators leader leaders
    statement report reports campaign administration government ministry department agency
    police prosecutor prosecutors lawyer lawyers attorney attorneys witness witnesses resident
    residents voter voters supporter supporters critic critics protester protesters
    protestors activist activists worker workers member members staffer staffers
    representative representatives president chairman chairwoman director diplomat diplomats
    candidate candidates nominee group groups organization company firm survey poll study
    letter memo email tweet post website paper newspaper magazine network committee commission
    council panel court judge judges strategist strategists operative operatives consultant
    consultants economist economists researcher researchers scientist scientists doctor
    doctors teacher teachers student students man woman men women people person mother father
    son daughter wife husband friend friends neighbor neighbors owner owners employee employees
    executive executives manager managers secretary minister ministers governor mayor chief
    sheriff pollster pollsters donor donors delegate delegates congressman congresswoman
    insider insiders observer observers billionaire businessman mogul nominee republican
    republicans democrat democrats host anchor network
    """
)

#: Words that stand alone as a source when they open a sentence ("One said", "Many agreed",
#: "Some called it"): a one-word mention that opens a sentence is kept as a source when it is
#: one of these, or a plural ("Critics", "Pollsters"), even if the article never capitalises
#: it inside a sentence.
QUANTIFIER_SOURCES = _word_set("one some many most few all both several each none others")

#: Prepositions that open a phrase in which a cue word after a determiner and one capitalised
#: word is a noun, not a verb with a subject: "After the Paris attacks, Trump …", "in the
#: Clinton claims", "over the Senate reports".
NOUN_PHRASE_PREPOSITIONS = _word_set(
    """
    after before during since following amid despite of in on at from with about over under
    against for by into through
    """
)

#: Conjunctions that open a subordinate clause: reported speech in one ("“Q1,” Trump said,
#: after Jones told him that …. “Q2.”") is background, and a later quotation with no cue
#: stays with the speaker of the quotation before it.
SUBORDINATING_CONJUNCTIONS = _word_set(
    "after before when while as since because although though until once whereas whenever"
)

#: Prepositions whose object is no speaker: a name right after one of them ("to the Observer",
#: "in Salem", "of the FBI"), optionally with an article between, is the object of a phrase,
#: not the subject of the speech verb after it ("The senator from Vermont said": the senator).
#: "with" is left out: "…, with Donald Trump tweeting that" gives Trump his own words.
OBJECT_PREPOSITIONS = _word_set(
    """
    of in at from to for on by near about into inside outside over under against toward
    towards among between behind beyond across through throughout during via amid despite
    within
    """
)

#: Prepositions of place: the name after one of them may be followed by its state or country
#: ("in Salem, New Hampshire,", "of Madison, Alabama,"), which is part of the place too.
PLACE_PREPOSITIONS = _word_set("in at of from near outside")

#: Words that open an introductory phrase, which holds no subject: "In a statement to the
#: Observer, …", "After the debate in Las Vegas, …" (participles in "-ing" too: "Speaking at a
#: town hall in Salem, …").
INTRODUCTORY_WORDS = OBJECT_PREPOSITIONS | _word_set("after before since following upon")

#: Words that open a clause of its own inside a phrase: after one of them a name may be a
#: subject again ("…, to which O'Malley interjected", "in what Bay Buchanan, …, called").
CLAUSE_WORDS = _word_set("which whom whose what that who where when while and but or because if")

#: Past forms of speech verbs that are never nouns: after "of the Teamsters" the word "said"
#: is a verb, though "reports" in "over the Senate reports" is a noun.
PAST_SPEECH_VERBS = _word_set("said told wrote spoke added asked noted explained replied")

#: Speech verbs that report no speech before an infinitive: "Rubio will continue to be",
#: "Congress will continue not to", "she went to Iowa".
INFINITIVE_AFTER_NO_SPEECH = _word_set("continue continues continued continuing went")

#: Heads of nominal sources that are no person, which "it" may stand for ("the lawsuit says",
#: "the commission found"); the other heads name people ("the officials", "a spokeswoman").
THING_HEADS = _word_set(
    """
    statement report campaign administration government ministry department agency police
    group organization company firm survey poll study letter memo email tweet post website
    paper newspaper magazine network committee commission council panel court lawsuit suit
    ad board bill law ruling order complaint filing document release video
    """
)

#: Words that open a nominal source, as a pattern ("a", "the", "two", "several", "his").
NOMINAL_DETERMINER_PATTERN = (
    r"(?i:a|an|the|this|one|two|three|four|five|six|several|some|many|other|another|both|these"
    r"|those|his|her|their|its|most|few|numerous|various)"
)

#: Nouns next to a short quotation that make it the title of a work, not speech: "the book
#: “Crippled America”", "a campaign ad titled “Unfit”", "the “No Comparison” ad".
WORK_NOUNS = _word_set(
    """
    book books film films movie movies song songs album albums show shows series episode
    article articles column headline headlines essay poem play novel memoir documentary ad ads
    advertisement video videos program programme podcast hashtag title titled entitled
    segment op-ed editorial website blog magazine newsletter
    """
)

#: People named by the work they are known for, right after its title: "“Daily Show” host
#: Trevor Noah", "“Orange Is the New Black” star Dascha Polanco".
WORK_ROLE_NOUNS = _word_set(
    """
    star stars host hosts co-host anchor actor actress creator producer showrunner writer
    author director singer cast contestant alum
    """
)

#: A year in brackets right after a closing mark, alone or at the end of a short note: the date
#: of a title or a slogan ("the film “Jaws” (1975)", "“No to Schengen” (2005)", "“Yes to
#: minaret ban” (referendum poster, 2009)"), not of speech.
DATED_AFTER_RE = re.compile(r"[ ]?\((?:[^()]{0,40}[ ,])?(?:1[89]|20)\d\d\)")

#: Words before a Title Cased quotation that make it the name of a show or work: "appeared on
#: “Meet the Press”", "starred in “Parks and Recreation”", "author of “Going Viral”". (After a
#: possessive too: "CNN’s “New Day”".)
TITLE_PREPOSITIONS = frozenset(("on", "in", "of", "with", "from", "for"))

#: Abbreviations whose full stop does not end a sentence ("Lt. Gen. Paul Funk", "Feb. 3",
#: "Sen. Cruz"), lower case without the stop. Single letters and dotted forms ("U.S.") count too.
SENTENCE_ABBREVIATIONS = _word_set(
    """
    mr mrs ms dr st jr sr lt gen col maj capt sgt cpl pvt adm cmdr brig sen sens rep reps gov
    govs rev prof gov supt atty del pres sec jan feb mar apr jun jul aug sep sept oct nov dec
    inc corp co ltd no vs etc ft mt ave blvd dept gov univ approx fig
    """
)

#: Words that make a named source an organisation rather than a person, so that "he" and "she"
#: do not resolve to it ("the White House said ... “Q,” he said").
ORGANIZATION_WORDS = _word_set(
    """
    house department committee campaign party post times news network institute council court
    agency ministry inc corp association union university foundation center centre office
    administration congress senate pentagon kremlin group company bank fund service services
    commission board bureau police army navy journal press tribune herald guardian reuters
    county city state states nations organization coalition alliance
    """
)

#: Verbs of speech, thought and characterisation: with a speaker before them they attribute a
#: quotation that follows in their sentence ("Bush referred to Rubio as “a bright, charismatic
#: leader”", "calling them “corporate welfare”", "accused him of being a “liar”", "the lines
#: Blige sings", "as The Ledger put it, “…”"). The speech verbs count too.
REPORTED_SPEECH_VERBS = SPEECH_VERBS | _word_set(
    """
    sings sang croons crooned raps rapped put
    call calls called calling describe describes described describing criticize criticizes
    criticized criticizing accuse accuses accused accusing refer refers referred referring cite
    cites cited citing think thinks thought believe believes believed want wants wanted hope
    hopes hoped feel feels felt fear fears feared find finds found show shows showed shown
    support supports supported endorse endorsed endorses decline declined questioned praise
    praised praising attack attacked attacking blast blasted blasting denounce denounced
    denouncing condemn condemned dismiss dismissed dismissing blame blamed blaming chant
    chanted chanting term termed deem deemed label labeled labelled labeling dub dubbed brand
    branded mock mocked mocking slam slammed slamming rip ripped rail railed tout touted touting
    hail hailed hailing defend defended defending consider considers considered see sees saw
    know knows knew portray portrayed portraying characterize characterized insist insisted
    promise promised vow vowed pledge pledged urge urged demand demanded demanding deride
    derided complain complained lament lamented barked belittled questioned touted boom booms
    boomed propose proposes proposed proposing compare compares compared comparing bemoan
    bemoans bemoaned bemoaning puts publish published embrace embraces embraced attacks blames
    blasts condemns declines deems defends denounces hails mocks praises rails rips slams terms
    touts
    commented commenting herald heralds heralded heralding liken likens likened likening
    criticise criticises criticised criticising chide chides chided chiding referenced
    referencing vent vents vented venting
    speaks spoke talks talked cries cried
    """
)

#: Words in a sentence that make a short quotation in it a partial quote rather than a scare
#: quote when no speaker stands next to it: the verbs above and nouns of speech ("in a
#: statement", "his “rigged economy” remarks").
REPORTED_SPEECH_WORDS = REPORTED_SPEECH_VERBS | _word_set(
    """
    criticism statement interview speech remarks remark tweet letter memo according view views
    question assertion assertions contention dictum slogan slogans chants cry
    decry decries decried decrying imply implies implied implying frame framed framing dubbing
    hammer hammered hammering repeat repeats repeated repeating pronounced interjecting
    """
)

# --- html ---

#: Elements whose content is never article text: scripts, styles, embedded media and widgets.
#: Removed with their content before the page is read (their tails are kept). MathML is read
#: (a formula is part of the sentence around it) but not its annotations (the same formula's
#: TeX source).
HTML_SKIP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "annotation",
    "annotation-xml",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "picture",
    "img",
    "select",
    "button",
    "input",
    "textarea",
    "head",
    "link",
    "meta",
    "map",
    "dialog",
)

#: Elements that start and end a block of text; everything else is inline and joins the text
#: around it.
HTML_BLOCK_TAGS = frozenset(
    [
        "html",
        "body",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "address",
        "hr",
        "center",
        "details",
        "summary",
        "hgroup",
        "menu",
        "dir",
        "frameset",
        "frame",
        "noframes",
    ]
)

#: Elements that, when they take the keyboard focus or have a widget role, are controls whose
#: text is no prose (links and paragraphs keep theirs whatever their attributes).
HTML_WIDGET_HOST_TAGS = frozenset({"div", "span", "ul", "ol", "li", "section"})

#: ARIA roles of interactive widgets (WAI-ARIA 1.2 widget roles, less ``link``, which marks
#: ordinary links as often as controls).
HTML_WIDGET_ROLES = frozenset(
    {
        "button",
        "checkbox",
        "combobox",
        "listbox",
        "menu",
        "menubar",
        "menuitem",
        "option",
        "radio",
        "radiogroup",
        "scrollbar",
        "slider",
        "spinbutton",
        "switch",
        "tab",
        "tablist",
        "toolbar",
        "tooltip",
        "dialog",
    }
)

#: A slideshow's slide counter opening a block: "1/50 Star Wars boosts economy", "3 of 12".
HTML_SLIDE_COUNTER_RE = re.compile(r"(?P<number>\d{1,3})\s*(?:/|of)\s*(?P<total>\d{1,3})(?:\s|$)")

#: Elements that are page furniture by their tag: reported as boilerplate, never body.
HTML_FURNITURE_TAGS = frozenset({"footer", "form"})

#: Elements dropped by their tag: navigation, asides and captions (neither body nor reported).
HTML_DROP_TAGS = frozenset({"nav", "aside", "figcaption", "menu"})

#: A word that a comment section's lines hold ("Sign in to post a comment", "3 Comments").
HTML_COMMENT_WORD_RE = re.compile(r"\bcomments?\b", re.IGNORECASE)

#: class/id words that name a page's sidebar: a word that ends in "sidebar" ("c-sidebar",
#: "primary-sidebar"), not a layout's name for the page beside one ("with-sidebar",
#: "layout-right-sidebar", "fixed-sidebar-layout").
HTML_SIDEBAR_CLASS_RE = re.compile(
    r"(?:^|\s)(?!\S*layout)(?!(?:with|has|no)-)(?:\S*[^a-z0-9\s])?(?:sidebar|side-bar)s?(?=$|\s)"
)

#: class/id words of an ``<aside>`` that holds the post itself (``<aside class="blogPost">``):
#: a word of the attribute that ends in one of them (a site that lays out every box with
#: ``<aside>``). Not when the box is related or recommended stories (the furniture words).
HTML_POST_ASIDE_CLASS_RE = re.compile(r"(?:post|article|entry)(?:$|[^a-z0-9])")

#: class/id words (at the start of a word in the attribute) that mark furniture to report:
#: comments, share bars, newsletter boxes, related/most-read lists, copyright footers.
HTML_FURNITURE_CLASS_RE = re.compile(
    r"(?:^|[^a-z0-9])(?:comment|disqus|respond|replies|discussion|share(?![dh])|sharing|social|"
    r"newsletter|subscribe|signup|sign-up|related|recommend|more-stories|most-|popular|"
    r"trending|foot(?:er)?(?:$|[^a-z])|copyright|outbrain|taboola|also-read|read-next|"
    r"readmore|bio(?:graphy)?(?:$|[^a-z0-9]))"
)

#: class/id words that name a state of the page, not a part of it: ``has-comments``,
#: ``comments-open``, ``no-sharing``: they do not make an element furniture.
HTML_FURNITURE_STATE_RE = re.compile(
    r"(?:has|hasnt|with|without|no|show|hide|allow|enable)[-_](?:comment|share|social|related|"
    r"bio)|"
    r"(?:comment|share|social)s?[-_](?:open|closed|enabled|disabled|allowed|count)"
)

#: class/id words that mark content to drop: navigation, menus, ads, captions, image credits,
#: sidebars, breadcrumbs, screen-reader-only and print-only parts. A word must stand apart from
#: letters and digits: "ad" inside a hex id ("entry-6a00e5...687ad78c") is no class word.
HTML_DROP_CLASS_RE = re.compile(
    r"(?:^|[^a-z0-9])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|side-bar|[a-z]*caption|"
    r"credit|advert|advertisement|ad|ads|adv|dfp|banner|sponsor|sponsored|promo|masthead|"
    r"skip|toolbar|tooltip|modal|popup|cookie|visually-hidden|sr-only|print-only|"
    r"screen-reader|tags|tag-list|keywords|pagination|pager|bio-box|wp-caption|"
    r"author[-_]*(?:bio|box|info|card|description|details|profile|about)|about[-_]the[-_]author|"
    r"photo-?credit)(?:$|[^a-z0-9])"
)

#: class/id words that say an element holds content, overruling a drop word beside them
#: (``class="single-article-content" id="nav-single"``), after readability's
#: okMaybeItsACandidate.
HTML_CONTENT_CLASS_RE = re.compile(
    r"(?:^|[^a-z0-9])(?:article|body|column|content|main)(?:$|[^a-z0-9])"
)

#: ``style`` values that hide an element.
HTML_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")

#: Whole blocks that are never article text wherever they stand: ad labels, inline "Read more"
#: and "Click here" links, photo and image credits, "Continue reading" prompts.
HTML_JUNK_BLOCK_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|"
    r"(?:read|see|view|click) (?:more|also|here|full story|the full)\b.{0,120}|"
    r"(?:related|more|also|recommended)(?: stories| articles| coverage| reading)?\s*:.{0,160}|"
    r"continue reading\b.{0,80}|"
    r"(?:photo|image|picture|illustration|video|graphic)s?(?: credit)?\s*[:/|].{0,120}|"
    r"(?:\(|\[)?(?:photo|image|picture)s?(?: courtesy)? (?:by|of|from) .{0,80}|"
    r"(?:getty images|ap photo|shutterstock|istock)\b.{0,40}|"
    # Media player and gallery controls.
    r"(?:full ?screen|exit full ?screen|autoplay|auto ?play|close|×|✕|caption|hide caption|"
    r"toggle caption|play|pause|play video|replay|mute|unmute|next|prev|previous|back|"
    r"skip ad|loading\.*|enlarge this image|view graphic|view gallery|"
    r"(?:image|photo|slide) \d+ of \d+|\d+ of \d+|wait \d+ seconds? to continue\.?)"
    r")$",
    re.IGNORECASE,
)

#: class/id words that name a state of an element, not a part of the page to drop:
#: ``no_caption``, ``has-caption``, ``without-ads``, ``hide-credits`` on a story's own box.
HTML_DROP_STATE_RE = re.compile(
    r"(?:has|hasnt|with|without|no|show|hide|allow|enable)[-_]"
    r"(?:[a-z]*caption|credits?|ads?|banner|promo|sponsor|tags|toolbar)(?=$|[^a-z0-9])"
)

#: Common English function words, for the stop-word density of a block (after jusText:
#: running prose has many of them, navigation and lists of names few).
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "said",
        "says",
        "told",
    ]
)

#: A word, for counting words and stop words in a block.
WORD_RE = re.compile(r"\w+")

#: ``<meta charset>`` or ``http-equiv`` content type declarations in the first bytes of a page.
HTML_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)

#: Separators between a page title and the site name: "Headline | Site", "Headline - Site",
#: "Headline — Site", "Site :: Headline" (a colon alone is not one: "Gill: Glazers vindicated").
HTML_TITLE_SPLIT_RE = re.compile(r"\s+(?:\||-|–|—|·|::|»)\s+|\s*\|\s*|(?<=\w)[-–—]\s+")

# --- datelines: bylines ---

#: A run of letters in a name written in capitals, for writing it in normal case.
BYLINE_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")

#: Where the place of a glued dateline ends: its first comma or parenthesis.
PLACE_END_RE = re.compile(r"[,(]")

#: "By" at the head of a byline ("By Jane Doe", "BY JANE DOE", "By: Jane Doe").
BYLINE_BY_RE = re.compile(r"(?i:by)(?::[ ]?|[ ])")

#: What separates the names of a byline from each other and from the affiliation that may
#: follow: commas, "and", "&", a pipe, a slash, a spaced dash, "in" before a place ("By Julian
#: Linden in Sydney").
BYLINE_SEPARATOR_RE = re.compile(
    r"\s*(,\s*and\s+|,|\band\b|&|\||/|\s[-—–]\s|\bin\b(?=\s+[A-Z]))\s*", re.IGNORECASE
)

#: Words that make the part of a byline after the names an affiliation or a role
#: ("Staff Writer", "AP Business Writer", "Associated Press"), lower case. A byline without
#: "By" ("Jane Doe, Staff Writer") needs one of them to be read as a byline at all.
BYLINE_ROLE_WORDS: frozenset[str] = frozenset(
    (
        "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor",
        "editors", "columnist", "contributor", "contributing", "staff", "bureau", "chief",
        "critic", "producer", "press", "associated", "reuters", "afp", "ap", "upi", "bloomberg",
        "cnn", "news", "newswire", "service", "wire", "wires", "times", "post", "journal",
        "herald", "tribune", "special", "senior", "political", "national", "international",
        "business", "sports", "science", "health", "technology", "analyst", "photographer",
        "report", "reports", "desk", "team", "agency", "dispatch", "network",
        # Job titles that web bylines give after the name ("Jane Doe, Product Manager");
        # none of them is a common surname.
        "manager", "director", "president", "founder", "officer", "executive", "ceo",
        "engineer", "designer", "developer", "professor", "spokesman", "spokeswoman",
        "spokesperson", "consultant", "strategist", "blogger", "commentator",
    )
)  # fmt: skip

#: Role words strong enough to make "Name, Role" a byline without "By" ("Jane Doe, Staff
#: Writer"); the weaker words above ("news", "political") are not.
BYLINE_STRONG_ROLE_WORDS: frozenset[str] = frozenset(
    (
        "writer", "writers", "correspondent", "correspondents", "reporter", "reporters",
        "editor", "editors", "columnist", "contributor", "critic", "producer", "photographer",
        "staff", "stringer",
    )
)  # fmt: skip

#: Lower-case words inside personal names ("Ludwig van Beethoven", "Oscar de la Hoya").
BYLINE_NAME_PARTICLES: frozenset[str] = frozenset(
    ("de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin",
     "ibn", "al", "el", "dos", "das", "y", "st.", "ter", "ten")
)  # fmt: skip

#: Suffixes after a surname in a byline ("Robert Downey Jr.", "John Smith III").
BYLINE_NAME_SUFFIXES: frozenset[str] = frozenset(("jr.", "jr", "sr.", "sr", "ii", "iii", "iv"))

#: One word of a personal name: capitalised or in capitals ("Jane", "DOE", "O'Neil",
#: "Smith-Jones", "McDONALD"), or an initial ("J.", "J.R.").
BYLINE_NAME_WORD_RE = re.compile(r"(?:[^\W\d_]\.)+|[^\W\d_a-z][\w'’-]*\.?")

#: class/id names of a headline element: ``headline``, ``entry-title``, ``story_title``.
HTML_HEADLINE_CLASS_RE = re.compile(
    r"headline|(?:^|[^a-z])(?:(?:entry|post|article|story|news|page)[-_]?)?title(?:$|[^a-z])"
)

#: A line that carries a date or time (``January 15, 2008``, ``20080109 15:24``, ``10:15 AM``):
#: never the headline.
HTML_DATE_LINE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2}:\d\d\b|"
    r"\b(?:19|20)\d\d\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)

#: Lines that open like a byline or a label, never a headline: "By Jane Doe", "Tags: ...".
HTML_NOT_HEADLINE_RE = re.compile(
    r"^(?:by|posted|tags?|filed|updated|published|source|written|from|location|refer|share|"
    r"e-?mail|print|send|get|click|follow|subscribe|sign|log|comments?)\b",
    re.IGNORECASE,
)

#: Headings that open a comment section and nothing else: unlike a comment count or a
#: "Comments" link, which stand beside a byline above many articles.
HTML_COMMENT_SECTION_HEADING_RE = re.compile(
    r"^(?:(?:have )?your say|what (?:do )?you think|readers?'? (?:comments|views)|"
    r"join the (?:discussion|conversation)|thanks for your comments?|"
    r"comments? (?:are|is|have been) (?:now )?closed)\b.{0,60}$",
    re.IGNORECASE,
)

#: A heading or short line that opens the comment section after the article: everything
#: after it in the content is furniture.
HTML_COMMENTS_MARKER_RE = re.compile(
    r"^(?:article |reader |user |your |latest |recent |show |view )?"
    r"(?:comments|responses|replies|reactions|discussion)(?:\s*\(\d+\)|\s+\d+)?\s*:?$|"
    r"^\d+\s+(?:comment|response|reply|replie)s?\b.{0,30}$|"
    r"^(?:no|one) (?:comments?|responses?|replies)(?: yet)?\W*$|"
    r"^(?:leave|post|add|write|submit)\s+(?:a\s+|your\s+)?(?:comment|reply|response)\b.{0,30}$|"
    r"^join the (?:discussion|conversation)\b.{0,20}$|"
    r"^comments? (?:are|is|have been) (?:now )?(?:closed|disabled|moderated)\b|"
    r"^posted by:? .{1,60}\b(?:on|at)\b.{0,40}\d|"
    r"^(?:to )?(?:have )?your say\b|^(?:do you have|have|any) (?:a |your )?comments?\b.{0,40}$|"
    r"^what (?:do )?you think\W*$|^thanks for your comments?\b.{0,60}$|"
    # The same prompts in the other languages of the test sets' pages (Spanish, Portuguese,
    # French, German, Italian): "Enviá tu comentario", "Deixe seu comentário", "Kommentare".
    r"^(?:comentarios|comentários|commentaires|kommentare|commenti)(?:\s*\(\d+\)|\s+\d+)?\s*:?$|"
    r"^(?:envi[aá]|env[ií]e|deja|deje|escrib[ae]|deixe|laissez|schreiben sie|lascia)\s+"
    r"(?:tu|su|seu|sua|un|uma|votre|einen|un)\s+(?:comentario|comentário|commentaire|kommentar|"
    r"commento)\b.{0,30}$",
    re.IGNORECASE,
)

#: A copyright line: after the body it ends the article, and all after it is furniture.
HTML_COPYRIGHT_LINE_RE = re.compile(
    r"^(?:©|copyright\b|\(c\))\s*(?:\d{4}|©).{0,300}$", re.IGNORECASE
)

#: A heading or short line that opens a box of links: related and most-read lists, "You might
#: also like". It and the short lines after it are furniture, up to the next paragraph.
HTML_RELATED_MARKER_RE = re.compile(
    r"^related(?: \w+){0,2}\s*:?$|^(?:see |read )?also\s*:?$|"
    r"^(?:more|other|latest|top|recommended|popular|trending) (?:from|on|in)\b.{0,40}$|"
    r"^(?:more|other|latest|top|recommended|popular|trending)(?: [\w'’-]+){0,2}? (?:stories|"
    r"news|articles|headlines|videos|posts|coverage|columns|blogs|reviews)\b.{0,40}$|"
    r"^most (?:read|popular|viewed|shared|emailed)\b|"
    r"^you (?:may|might) (?:also )?(?:like|enjoy|be interested)|"
    r"^(?:recommended|trending)(?: for you)?$|"
    r"^what (?:to|you should) read next|^(?:around|elsewhere) (?:the|on) (?:web|site)",
    re.IGNORECASE,
)

#: class/id words of a comment section: never overruled as a mere wrapper, however much text.
HTML_COMMENTS_CLASS_RE = re.compile(r"comment|disqus|respond|repl(?:y|ies)|discussion")

#: Class names that file a post under a tag, category or author (WordPress's post_class,
#: TypePad's "entry-category-social_media"):
#: "tag-share" or "category-ads" says what the post is about, not what the element is.
HTML_TAXONOMY_CLASS_RE = re.compile(
    r"(?:[a-z0-9]+-)?(?:tag|category|categories|format|topic)-|"
    r"(?:[a-z0-9]+-)?author-(?!(?:bio|box|info|card|description|details|profile|about)(?:$|[^a-z]))"
)

# --- html: page metadata (headline and published date; read in readers/html_meta.py) ---

#: A label before a date in a ``<time>`` element or a date element: "Published on", "Posted:".
#: Only publication labels: an "Updated" date is not the publication date.
HTML_META_DATE_LABEL_RE = re.compile(
    r"^\s*(?:(?:first\s+)?published|posted|written|created|date)\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)

#: class words of an element that shows the article's date ("date", "post-time",
#: "published", "dateline"), read where its text starts with a publication label.
HTML_META_DATE_CLASS_RE = re.compile(r"date|time|posted|published", re.IGNORECASE)

#: A line's opening that says the date after it is the publication's: "Posted on",
#: "Published on" (the label alone, with no class to say so).
HTML_META_POSTED_ON_RE = re.compile(r"^\s*(?:posted|published)\s+on\s+", re.IGNORECASE)

#: class words of an element that shows today's date (a masthead's), not the article's.
HTML_META_TODAY_CLASS_RE = re.compile(r"current|today|now(?![a-z])", re.IGNORECASE)

#: A label ending just before a date that says it is not the publication's ("last edited:",
#: "Updated", "Retrieved").
HTML_META_OTHER_DATE_LABEL_RE = re.compile(
    r"\b(?:edited|updated|modified|revised|retrieved|accessed)\s*(?:on|at)?\s*:?\s*$",
    re.IGNORECASE,
)

#: Where a labelled date ends: a separator, or the next label ("... / Updated: ...").
HTML_META_DATE_END_RE = re.compile(
    r"\s+[/|•·]\s+|\s*\b(?:updated|modified|last\s+updated|by)\b", re.IGNORECASE
)

#: A date written in numbers with the year last ("11/1/2008", "03.04.2019").
HTML_META_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d\d)\b")

#: A date written into the article's own address (WordPress and most CMS permalinks):
#: ``/2016/05/22/slug``, ``/2016-05-22/``. A year and month alone (``/2020/09/``) is no date.
HTML_META_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]?[a-z]|$)",
    re.IGNORECASE,
)

#: Class names of the hAtom/microformat publication date, whose ``title`` holds the ISO date
#: (``<abbr class="published" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>``).
HTML_META_PUBLISHED_CLASS_RE = re.compile(r"(?:^|\s)(?:published|dtstart|dt-published)(?:\s|$)")

#: The separators of a ``<title>`` whose headline is followed by a chain of section and site
#: names: a colon after a word ("Talks resume: Sport: Rugby: Site") or a hyphen between words
#: with no space ("Talks resume-Sport-Rugby-Site Times"). One pattern per separator: a chain
#: uses one.
HTML_META_CHAIN_SEPARATORS = (
    re.compile(r"(?<=\w):\s+"),
    re.compile(r"(?<=\w)-(?=[A-Z])"),
)

#: What separates the parts of a page title when its spans are matched against the page's
#: elements: the site-name separators, a spaced colon, ``--``, ``>``, ``_``, a spaced comma
#: (a colon after a word is the headline's own: "Algeria: Al-Qaeda claims attack"), and the
#: opening bracket of a closing aside ("Headline (from The Weekly Echo)").
#: Over-splitting is harmless: every run of adjacent parts is tried, the whole title included.
HTML_META_TITLE_PART_RE = re.compile(
    r"\s+(?:[|·•«»>/_~]|::|--?|[–—]|:)\s+|\s*[|»]\s*|(?<=\w)[-–—_]\s+|\s+,\s+"
    r"|\s+\((?=[^()]*\)\s*$)"
)

#: The link mark a documentation generator puts after a heading ("Install¶", "Usage #"),
#: cut off a headline read from the page.
HTML_META_HEADING_MARK_RE = re.compile(r"\s*[¶§#]$")

#: class/id words (camelCase split, lower-cased) of an image's caption or credit: never the
#: headline ("cap", "caption", "lbl cap", "article_pic_copy", "photo-credit").
HTML_META_CAPTION_CLASS_RE = re.compile(
    r"(?:^|[^a-z])(?:cap|captions?|figcaption|credits?|(?:pic|photo|image|img)[-_ ]?"
    r"(?:copy|text|desc|credit|caption|cap))(?:$|[^a-z])"
)

#: An image credit in a line ("Benni Mara © Action Images"): never the headline.
HTML_META_CREDIT_RE = re.compile(r"©|\(c\)\s")

#: A date glued after a headline in the same element, to be cut: an optional byline, then a
#: weekday with a comma, a day-month date or a compact one ("Sat, 29 Dec 2007 17:50",
#: "Thursday, 10, January, 2008", "by Chris Stanton, 30 December 2007", "20080109 15:24",
#: "2008-01-01 17:15:00.0").
#: Every word after the byline must be a date word (HTML_META_DATE_WORD_RE) and one of them
#: a year or a time.
HTML_META_DATE_TAIL_RE = re.compile(
    r"^(?P<byline>by\s[^,]{2,60},?\s)?(?:(?:19|20)\d\d-?[01]\d-?[0-3]\d\b|"
    rf"{WEEKDAY_PATTERN}\.?,|"
    r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,)",
    re.IGNORECASE,
)

#: One word of a written date or time: a weekday, a month, a number, a clock time, am/pm, a
#: time zone abbreviation, with the punctuation around it.
HTML_META_DATE_WORD_RE = re.compile(
    r"^\W*(?:\d{1,4}(?:st|nd|rd|th)?|(?:19|20)\d\d-?\d\d-?\d\d|"
    r"\d{1,2}[:.]\d\d(?::\d\d(?:\.\d+)?)?(?:am|pm)?|[ap]\.?m\.?|"
    r"gmt|utc|bst|cet|[ecmp][sd]t|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\W*$",
    re.IGNORECASE,
)

#: A link to the site's own home page, written relative to it: "/", "./", "../",
#: "index.html", "default.aspx" (absolute addresses may name another site).
HTML_META_HOME_HREF_RE = re.compile(
    r"^\s*(?:/|\./|\.\./|(?:/|\./|\.\./)?(?:index|default|home)\.\w{2,5})\s*$",
    re.IGNORECASE,
)

#: A byline or a dateline of the post, never its headline: "By Jane Roe", "Posted by ...",
#: "Written by ...", "Filed under ...", "Published on ...", "Updated ...".
HTML_META_BYLINE_START_RE = re.compile(
    r"^(?:by\s|posted\s+(?:by|on|at|in)\b|written\s+by\b|filed\s+(?:by|under)\b|"
    r"published\s+(?:by|on|at)\b|updated\b)",
    re.IGNORECASE,
)

#: A tail glued after a headline in the same element: a byline or a date ("... by Chris
#: Stanton, 30 December 2007", "... Thursday, 10, January, 2008, 09:14").
HTML_META_HEADLINE_TAIL_RE = re.compile(
    r"^(?:by\s|posted|published|updated|\W*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\W*\d)",
    re.IGNORECASE,
)
