"""Request bodies of the API (pydantic); they also make the OpenAPI schema.

A post is a string, ``{"text": "..."}`` or ``{"fields": {"title": ..., "description": ...}}``
with EMSCAD-style field names (see :data:`ct_screen.fields.TEXT_FIELDS`). Field
values are strings or ``null`` (left out); anything else is refused with the
field named, never silently dropped.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, TypeAdapter, ValidationError, model_validator

from ..link.linker import DEFAULTS as LINK_DEFAULTS
from .errors import ApiError

__all__ = ["PostBody", "BatchBody", "LinkBody", "PostItem", "post_value", "post_chars", "validation_details",
           "parse_post"]

LinkKind = Literal["phone", "email", "url", "handle", "profile", "template"]


class PostBody(BaseModel):
    """One post: ``text``, or ``fields`` (EMSCAD-style), not both."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": "Easy job from home, pay a 49 USD starter fee, WhatsApp me"},
                     {"fields": {"title": "Data entry clerk", "description": "Work from home, no experience"}}]})

    text: StrictStr | None = Field(None, description="The post as one text.")
    fields: dict[StrictStr, StrictStr | None] | None = Field(
        None, description="EMSCAD-style fields (title, company_profile, description, requirements, benefits, ...); "
                          "evidence spans then carry a 'field' key and index into that field.")

    @model_validator(mode="after")
    def _one_of(self) -> PostBody:
        if (self.text is None) == (self.fields is None):
            raise ValueError("give exactly one of 'text' and 'fields'")
        return self


PostItem = StrictStr | PostBody
"""A post in a batch or link request: a plain string or a :class:`PostBody`."""

_POST_ITEM: TypeAdapter[Any] = TypeAdapter(PostItem)


class BatchBody(BaseModel):
    """Posts to screen, in order."""

    model_config = ConfigDict(extra="forbid")

    posts: list[Any] = Field(..., description="Posts: each a string or a post object ({'text'} or {'fields'}). "
                                              "A post that cannot be screened gets an error entry in its place.",
                             json_schema_extra={"items": {"anyOf": [{"type": "string"},
                                                                    {"$ref": "#/components/schemas/PostBody"}]}})


class LinkBody(BaseModel):
    """Posts to link into campaigns (see :func:`ct_screen.link.link_posts`)."""

    model_config = ConfigDict(extra="forbid")

    posts: list[PostItem] = Field(..., description="Posts, each a string or a post object.")
    ids: list[StrictStr | int] | None = Field(None, description="Post ids in input order; default the row numbers.")
    template_threshold: Annotated[float, Field(gt=0, le=1)] = LINK_DEFAULTS["template_threshold"]
    max_share: Annotated[float, Field(gt=0, le=1)] = LINK_DEFAULTS["max_share"]
    min_common: Annotated[int, Field(ge=2)] = LINK_DEFAULTS["min_common"]
    link_on: list[LinkKind] | None = Field(None, description="What may link posts; default all kinds.")

    @model_validator(mode="after")
    def _ids_match(self) -> LinkBody:
        if self.ids is not None and len(self.ids) != len(self.posts):
            raise ValueError(f"'ids' has {len(self.ids)} entries for {len(self.posts)} posts")
        return self


def post_value(post: str | PostBody) -> str | dict[str, str]:
    """What :func:`ct_screen.screen` takes for a validated post (``null`` fields left out)."""
    if isinstance(post, str):
        return post
    if post.text is not None:
        return post.text
    return {k: v for k, v in (post.fields or {}).items() if v is not None}


def post_chars(post: str | dict[str, str]) -> int:
    """Characters in a post, over all its fields."""
    return len(post) if isinstance(post, str) else sum(len(v) for v in post.values())


def validation_details(exc: ValidationError, prefix: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Where and what is wrong, without echoing the input (it may be post text)."""
    return [{"loc": [*prefix, *err.get("loc", ())], "type": err.get("type", ""), "message": err.get("msg", "")}
            for err in exc.errors(include_url=False, include_input=False, include_context=False)]


def parse_post(item: Any, index: int) -> str | dict[str, str]:
    """Validate one batch item; :class:`ApiError` ``invalid_post`` naming the problem."""
    try:
        return post_value(_POST_ITEM.validate_python(item))
    except ValidationError as exc:
        details = validation_details(exc, ("posts", index))
        kinds = sorted({d["message"] for d in details})[:3]
        raise ApiError("invalid_post", f"post {index} is not a string, {{'text': ...}} or {{'fields': {{...}}}}: "
                                       + "; ".join(kinds), details=details) from None
