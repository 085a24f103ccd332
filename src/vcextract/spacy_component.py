"""A spaCy pipeline component: ``nlp.add_pipe("vcextract")``.

After ``pip install vcextract`` the factory is found through the ``spacy_factories`` entry
point, so no import is needed. The component sets ``doc._.funding_events`` (JSON-ready dicts,
msgpack-safe for ``DocBin`` and ``nlp.pipe(n_process=...)``) and puts every money mention in
``doc.spans["vcextract_money"]``. Both names are configurable.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .api import extract


class FundingExtractor:
    """Runs ``extract`` on each Doc's text and stores the result on the Doc."""

    def __init__(
        self, nlp: Language, name: str, *, extension: str, spans_key: str, published: str | None
    ) -> None:
        self.name = name
        self.extension = extension
        self.spans_key = spans_key
        self.published = published
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)

    def __call__(self, doc: Doc) -> Doc:
        result = extract(doc.text, published=self.published)
        doc._.set(self.extension, [e.model_dump(mode="json") for e in result.events])
        spans = []
        for money in result.money:
            span = doc.char_span(money.start, money.end, label="MONEY", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "vcextract",
    assigns=["doc.spans", "doc._.funding_events"],
    default_config={
        "extension": "funding_events",
        "spans_key": "vcextract_money",
        "published": None,
    },
)
def make_vcextract(
    nlp: Language, name: str, extension: str, spans_key: str, published: str | None
) -> FundingExtractor:
    """Factory of the ``vcextract`` component (registered for ``nlp.add_pipe``)."""
    return FundingExtractor(
        nlp, name, extension=extension, spans_key=spans_key, published=published
    )
