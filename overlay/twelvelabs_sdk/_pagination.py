"""Auto-paging iterators.

A pager is lazy: nothing is sent until it is iterated. Iterating yields every
item across pages; `.pages()` yields the pages themselves, each with its
`page_info`. What to fetch next is decided by pure functions shared by the
sync and async pager:

- numbered lists (indexes, videos, tasks, embedding tasks) stop on
  `total_page` with no wasted request, and, when the server omits it, at the
  first short or empty page;
- search follows `page_info.next_page_token` through `GET /search/{token}`.

Neither runs away on a server that pages forever: each walk through the pages
keeps a `Trail`, and a search token seen before (a cycle of any length), a page
repeating the one before it, a `total_page` that keeps growing past what the
first page announced, or more than MAX_PAGES pages raise PaginationError.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from twelvelabs_api.models.page_info import PageInfo
from twelvelabs_api.models.search_results_search_pool import SearchResultsSearchPool
from twelvelabs_api.types import MISSING

from ._errors import PaginationError
from ._operation import Operation
from ._options import NO_OPTIONS, RequestOptions
from ._response import APIResponse, AsyncAPIResponse

if TYPE_CHECKING:
    from ._client import AsyncTwelveLabs, TwelveLabs

T = TypeVar("T")
DEFAULT_PAGE_LIMIT = 10  # the spec's default page_limit
# No walk through the pages fetches more than this many: 500,000 items at the
# largest page size, far past any real listing, but a bound all the same.
MAX_PAGES = 10_000
# A list may grow while it is paged, but not past twice (plus this slack) the
# pages / results its first page announced.
TOTAL_PAGE_SLACK = 10
TOTAL_RESULTS_SLACK = 100


@dataclass(slots=True, weakref_slot=True)
class Page(Generic[T]):
    """One page of results: `data` (the items), `page_info` (MISSING, see
    `twelvelabs_sdk.types`, if the server sent none), `search_pool` (search
    only, else None) and `raw`, the generated response model with any extra
    fields the server added; `requested` is the page number asked for
    (numbered lists) and `token` the page token it was fetched with (search
    pages after the first); `raw_response` the HTTP answer it came from (an
    APIResponse: status, headers, request id, rate limit)."""

    data: list[T]
    page_info: PageInfo
    raw: Any = field(repr=False)
    search_pool: SearchResultsSearchPool | None = None
    requested: int | None = None  # the page number asked for (numbered lists)
    token: str | None = None  # the page token it was fetched with (search pages after the first)
    raw_response: APIResponse[Page[T]] | AsyncAPIResponse[Page[T]] | None = field(
        default=None, repr=False
    )


def to_page(raw: Any, requested: int | None = None, token: str | None = None) -> Page[Any]:
    """A Page from a generated list/search response model."""
    data = raw.data if isinstance(raw.data, list) else []
    # The API always sends page_info; an answer without it still gives its items.
    info = raw.page_info if isinstance(raw.page_info, PageInfo) else cast(PageInfo, MISSING)
    pool = getattr(raw, "search_pool", None)
    return Page(
        data=data,
        page_info=info,
        raw=raw,
        search_pool=pool if isinstance(pool, SearchResultsSearchPool) else None,
        requested=requested,
        token=token,
    )


@dataclass(slots=True)
class Trail:
    """What one walk through the pages has seen; a fresh one per `pages()` call."""

    pages: int = 0
    items: int = 0
    tokens: set[str] = field(default_factory=set)
    first_total_page: int | None = None
    first_total_results: int | None = None
    last_ids: tuple[object, ...] | None = None

    def visit(self, page: Page[Any]) -> None:
        """Record `page` (just fetched); PaginationError if the walk runs away."""
        self.pages += 1
        if self.pages > MAX_PAGES:
            raise PaginationError(f"stopped after {MAX_PAGES} pages: the list does not end")
        if page.token is not None:
            self.tokens.add(page.token)
        info = page.page_info
        if self.pages == 1 and isinstance(info, PageInfo):
            if isinstance(info.total_page, int):
                self.first_total_page = info.total_page
            if isinstance(info.total_results, int):
                self.first_total_results = info.total_results
        self.items += len(page.data)
        announced = self.first_total_results
        if announced is not None and self.items > 2 * announced + TOTAL_RESULTS_SLACK:
            raise PaginationError(
                f"{self.items} items over {self.pages} pages, far past the {announced} "
                "results the first page announced; stopping to avoid a loop"
            )
        if page.requested is None:
            return  # a token-paged list: the token set above catches a repeat
        # A list comprehension, not a generator: no frame resumed per item.
        ids = tuple([getattr(item, "id", None) for item in page.data])
        if ids and None not in ids and ids == self.last_ids:
            raise PaginationError(
                f"page {page.requested} repeats the page before it; stopping to avoid a loop"
            )
        self.last_ids = ids

    def check_number(self, number: int, page: Page[Any]) -> int:
        """`number`, unless the list grew far past what its first page announced."""
        first = self.first_total_page
        if first is not None and number > 2 * first + TOTAL_PAGE_SLACK:
            info = page.page_info
            now = info.total_page if isinstance(info, PageInfo) else None
            raise PaginationError(
                f"page {number} is far past the {first} pages the first page announced "
                f"(total_page is now {now}); stopping to avoid a loop"
            )
        return number


def next_page_number(page: Page[Any], page_limit: int | None) -> int | None:
    """The page number to fetch after `page`, or None when `page` is the last."""
    if not page.data:
        return None
    info = page.page_info if isinstance(page.page_info, PageInfo) else None
    # The page asked for, not the one the answer claims: a server that echoes a
    # stale `page` must not make the pager ask for the same page forever.
    current = page.requested
    if current is None:
        current = info.page if info is not None and isinstance(info.page, int) else 1
    if info is not None and isinstance(info.total_page, int):
        return current + 1 if current < info.total_page else None
    size = (
        info.limit_per_page if info is not None and isinstance(info.limit_per_page, int) else None
    )
    size = size or page_limit or DEFAULT_PAGE_LIMIT
    return current + 1 if len(page.data) >= size else None


def next_page_token(page: Page[Any], trail: Trail | None = None) -> str | None:
    """The search token of the page after `page`, or None on the last page.

    A token already fetched in this walk (`trail`), whether the page's own or one
    from pages before (A, B, A), would send the pager round in circles: that is
    a PaginationError, not the end of the results.
    """
    info = page.page_info
    token = info.next_page_token if isinstance(info, PageInfo) else None
    if not isinstance(token, str) or not token:
        return None
    if token == page.token:
        raise PaginationError(
            f"search page {token!r} names itself as the next page; stopping to avoid a loop"
        )
    if trail is not None and token in trail.tokens:
        raise PaginationError(
            f"search page token {token!r} was fetched before, {trail.pages} pages in: "
            "the page tokens run in a cycle; stopping to avoid a loop"
        )
    return token


def take(items: list[T], remaining: int | None) -> tuple[list[T], int | None]:
    """The items of one page to yield under a `limit` cap, and what is left of
    the cap afterwards (None: no cap)."""
    if remaining is None:
        return items, None
    kept = items[:remaining]
    return kept, remaining - len(kept)


@dataclass(slots=True)
class PagePlan(Generic[T]):
    """How to get the first page, and the page after a given one."""

    first: Callable[[], Operation[Page[T]]]
    after: Callable[[Page[T], Trail], Operation[Page[T]] | None]


def numbered_plan(
    build: Callable[[int], Operation[Page[T]]], start: int, page_limit: int | None
) -> PagePlan[T]:
    """Plan for page-number lists: `build(n)` is the operation for page n, whose
    Page records n as `requested`."""

    def after(page: Page[T], trail: Trail) -> Operation[Page[T]] | None:
        number = next_page_number(page, page_limit)
        return None if number is None else build(trail.check_number(number, page))

    return PagePlan(lambda: build(start), after)


def _check_limit(limit: int | None) -> int | None:
    if limit is None:
        return None
    from ._validation import check_int

    return check_int("limit", limit, minimum=1)


class SyncPager(Generic[T]):
    """Iterate it for every item across pages; `.pages()` for the pages.

    `limit` caps the number of items yielded (and stops fetching once reached).
    The resources build it from the `client`, a `plan` (how to get the first
    page and the page after each) and the call's request `options`, which
    every page request carries.
    """

    def __init__(
        self,
        client: TwelveLabs,
        plan: PagePlan[T],
        *,
        limit: int | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> None:
        self._client = client
        self._plan = plan
        self._limit = _check_limit(limit)
        self._options = options
        self._first: Page[T] | None = None

    def _fetch(self, op: Operation[Page[T]]) -> Page[T]:
        response = self._client._request(op.using(self._options))
        page = response.parse()
        page.raw_response = response
        response._hold_result_weakly()  # no page <-> response cycle
        return page

    def first_page(self) -> Page[T]:
        """The first page, fetched once and kept."""
        if self._first is None:
            self._first = self._fetch(self._plan.first())
        return self._first

    def pages(self) -> Iterator[Page[T]]:
        """Each page in turn, fetched as the iteration reaches it."""
        page = self.first_page()
        trail = Trail()
        while True:
            trail.visit(page)
            yield page
            op = self._plan.after(page, trail)
            if op is None:
                return
            page = self._fetch(op)

    def __iter__(self) -> Iterator[T]:
        remaining = self._limit
        for page in self.pages():
            items, remaining = take(page.data, remaining)
            yield from items
            if remaining == 0:
                return  # the cap is reached: fetch no further page

    def to_list(self) -> list[T]:
        """Every item (up to `limit`) in one list."""
        return list(self)


class AsyncPager(Generic[T]):
    """`async for` it for every item across pages; `.pages()` for the pages.

    `limit` caps the number of items yielded (and stops fetching once reached).
    The resources build it from the `client`, a `plan` (how to get the first
    page and the page after each) and the call's request `options`, which
    every page request carries.
    """

    def __init__(
        self,
        client: AsyncTwelveLabs,
        plan: PagePlan[T],
        *,
        limit: int | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> None:
        self._client = client
        self._plan = plan
        self._limit = _check_limit(limit)
        self._options = options
        self._first: Page[T] | None = None

    async def _fetch(self, op: Operation[Page[T]]) -> Page[T]:
        response = await self._client._request(op.using(self._options))
        page = await response.parse()
        page.raw_response = response
        response._hold_result_weakly()  # no page <-> response cycle
        return page

    async def first_page(self) -> Page[T]:
        """The first page, fetched once and kept."""
        if self._first is None:
            self._first = await self._fetch(self._plan.first())
        return self._first

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page in turn, fetched as the iteration reaches it."""
        page = await self.first_page()
        trail = Trail()
        while True:
            trail.visit(page)
            yield page
            op = self._plan.after(page, trail)
            if op is None:
                return
            page = await self._fetch(op)

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._limit
        async for page in self.pages():
            items, remaining = take(page.data, remaining)
            for item in items:
                yield item
            if remaining == 0:
                return  # the cap is reached: fetch no further page

    async def to_list(self) -> list[T]:
        """Every item (up to `limit`) in one list."""
        return [item async for item in self]


class SearchPager(SyncPager[T]):
    """Search results across pages; `pager.search_pool()` for the pool searched."""

    def search_pool(self) -> SearchResultsSearchPool:
        """The first page's `search_pool` (fetches the first page if needed;
        MISSING if the API sent none)."""
        return _pool(self.first_page())


class AsyncSearchPager(AsyncPager[T]):
    """Async search results across pages; `await pager.search_pool()` for the pool."""

    async def search_pool(self) -> SearchResultsSearchPool:
        """The first page's `search_pool` (fetches the first page if needed;
        MISSING if the API sent none)."""
        return _pool(await self.first_page())


def _pool(page: Page[Any]) -> SearchResultsSearchPool:
    pool = page.search_pool
    return pool if pool is not None else cast(SearchResultsSearchPool, MISSING)
