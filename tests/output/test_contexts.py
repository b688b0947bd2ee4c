"""Stage 5, template contexts: the contract between the views and the templates, as datasette's
test_template_context.py checks its own. Every template a caller renders has one context class;
each class and field is documented; a template uses only its class's fields, `base` and the
renderer's globals (checked statically, includes followed); and each class renders from the
contexts a build of the fullest fixture makes, with undefined names as errors."""

from __future__ import annotations

import ast
import inspect
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date

import jinja2
import pytest
from jinja2 import meta, nodes
from markupsafe import Markup

from macros.data.models import Settings
from macros.data.validate import load_portfolio
from macros.output import contexts
from macros.output.contexts import InitiativePage, TemplateContext
from macros.output.pages import generated_pages, site_views
from macros.output.parts import home_parts, notice_banner
from macros.output.render import Renderer
from macros.views.schedule import Schedule
from macros.views.views import UPCOMING_DAYS
from tests.conftest import PROJECT, TESTS

TEMPLATES = PROJECT / "overrides" / "partials" / "portfolio"
EVERY_FIELD = TESTS / "fixtures" / "every-field"
SAMPLE_SCHEDULE = Schedule(as_of=date(2018, 3, 1), window_days=UPCOMING_DAYS, live=False)
"""1 March 2018: the fixture's outage is under way (so the banner lists it) and a step is near."""
CONTEXTS = sorted(
    (
        member
        for member in vars(contexts).values()
        if inspect.isclass(member)
        and issubclass(member, TemplateContext)
        and member is not TemplateContext
    ),
    key=lambda context: context.__name__,
)


def by_name(context: type[TemplateContext]) -> str:
    return context.__name__


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(TEMPLATES, load_portfolio(EVERY_FIELD).settings)


# Every field is documented


def documentation(source: str) -> dict[str, set[str]]:
    """Per class in `source`: "" if it has a docstring, and each field followed by a docstring.

    Why read the source: a field's docstring is a bare string after it, which Python drops.
    """
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            documented = {""} if ast.get_docstring(node) else set()
            for statement, following in zip(node.body, node.body[1:], strict=False):
                if (
                    isinstance(statement, ast.AnnAssign)
                    and isinstance(statement.target, ast.Name)
                    and isinstance(following, ast.Expr)
                    and isinstance(following.value, ast.Constant)
                    and isinstance(following.value.value, str)
                ):
                    documented.add(statement.target.id)
            found[node.name] = documented
    return found


def undocumented(context: type[TemplateContext], documented: dict[str, set[str]]) -> list[str]:
    """The class itself if it has no docstring, and its fields without one (inherited too)."""
    names = ["", *(field.name for field in fields(context))]
    return [
        f"{context.__name__}.{name}".rstrip(".")
        for name in names
        if not any(name in documented.get(owner.__name__, set()) for owner in context.__mro__)
    ]


@pytest.mark.parametrize("context", CONTEXTS, ids=by_name)
def test_each_context_and_every_field_has_a_docstring(context: type[TemplateContext]) -> None:
    documented = documentation(inspect.getsource(contexts))
    assert undocumented(context, documented) == []


@dataclass(frozen=True)
class HalfDocumented(TemplateContext):
    """A context with one field documented and one not, for the check's own test."""

    template = "initiative-page.html"
    title: str
    """Documented."""
    row: int


def test_the_documentation_check_catches_an_undocumented_field() -> None:
    documented = documentation(inspect.getsource(HalfDocumented))
    assert undocumented(HalfDocumented, documented) == ["HalfDocumented.row"]


# Every template a caller renders has one context class


def test_each_context_names_its_own_template_and_no_template_is_left_over(
    renderer: Renderer,
) -> None:
    named = Counter(context.template for context in CONTEXTS)
    files = {path.name for path in TEMPLATES.glob("*.html")}
    assert [name for name, count in named.items() if count > 1] == []
    assert set(named) - files == set()
    environment = renderer.environment
    referenced = {
        name
        for file in files
        for name in meta.find_referenced_templates(environment.parse(source_of(renderer, file)))
    }
    # Why this is enough: Renderer.render takes only a context, so a template a caller renders
    # has a class; the others must be included or imported by one.
    assert files - set(named) - referenced == set()


# A template uses only what its class documents


def source_of(renderer: Renderer, name: str) -> str:
    loader = renderer.environment.loader
    assert loader is not None
    return loader.get_source(renderer.environment, name)[0]


def names_taken(renderer: Renderer, source: str) -> set[str]:
    """The names a template takes from its context, with those of the templates it includes.

    A name the template sets itself ({% set %}, a loop variable) is its own. Why say so: Jinja
    lists a name set inside an {% if %} or a loop as undeclared too, since it would look in the
    context had that branch not run. An included template sees the includer's context, so its
    names count, less those the includer sets or binds ({% with %}, macro arguments).
    """
    tree = renderer.environment.parse(source)
    stored = {name.name for name in tree.find_all(nodes.Name) if name.ctx == "store"}
    bound = {name.name for name in tree.find_all(nodes.Name) if name.ctx == "param"}
    taken = meta.find_undeclared_variables(tree) - stored
    for include in tree.find_all(nodes.Include):
        assert isinstance(include.template, nodes.Const), "includes name their template"
        included = source_of(renderer, include.template.value)
        taken |= names_taken(renderer, included) - stored - bound
    return taken


def allowed(renderer: Renderer, context: type[TemplateContext]) -> set[str]:
    """What a template of `context` may use: its fields, `base` and the renderer's globals."""
    return {field.name for field in fields(context)} | {"base"} | set(renderer.environment.globals)


@pytest.mark.parametrize("context", CONTEXTS, ids=by_name)
def test_each_template_uses_only_what_its_context_documents(
    renderer: Renderer, context: type[TemplateContext]
) -> None:
    taken = names_taken(renderer, source_of(renderer, context.template))
    assert taken - allowed(renderer, context) == set()


@pytest.mark.parametrize("context", CONTEXTS, ids=by_name)
def test_no_field_is_hidden_by_base_or_a_global(
    renderer: Renderer, context: type[TemplateContext]
) -> None:
    names = {field.name for field in fields(context)}
    assert names & ({"base"} | set(renderer.environment.globals)) == set()


@pytest.mark.parametrize(
    ("source", "unknown"),
    [
        ("{{ row.initiative.title }} {{ base }}{{ urls.OVERVIEW }}", set()),
        ("{{ row.initiative.title }} {{ colour.label }}", {"colour"}),
        ("{% set colour = row.initiative.colour %}{{ colour.label }}", set()),
        (
            '{% with caption="x", sortable=true %}'
            '{% include "initiative-table.html" %}{% endwith %}',
            {"rows"},
        ),
        (
            '{% with rows=[row], caption="x" %}{% include "initiative-table.html" %}{% endwith %}',
            {"sortable"},
        ),
    ],
)
def test_the_static_check_catches_a_name_the_context_does_not_document(
    renderer: Renderer, source: str, unknown: set[str]
) -> None:
    assert names_taken(renderer, source) - allowed(renderer, InitiativePage) == unknown


# Each context renders from a real sample


class CollectingRenderer(Renderer):
    """Keeps the contexts it is given instead of rendering them."""

    def __init__(self) -> None:
        super().__init__(TEMPLATES, Settings())
        self.contexts: list[TemplateContext] = []

    def render(self, context: TemplateContext, base: str) -> Markup:
        self.contexts.append(context)
        return Markup()


@pytest.fixture(scope="module")
def samples() -> list[TemplateContext]:
    """Every context a build of tests/fixtures/every-field renders: pages, home parts, banner."""
    views = site_views(load_portfolio(EVERY_FIELD), SAMPLE_SCHEDULE, None)
    collecting = CollectingRenderer()
    for page in generated_pages(views, collecting):
        page.render()
    home = home_parts(views)
    return [
        *collecting.contexts,
        *(getattr(home, field.name) for field in fields(home)),
        notice_banner(views),
    ]


def test_every_context_class_has_a_sample(samples: list[TemplateContext]) -> None:
    assert {type(sample) for sample in samples} == set(CONTEXTS)


@pytest.mark.parametrize("context", CONTEXTS, ids=by_name)
def test_each_context_renders_its_samples_with_undefined_names_as_errors(
    renderer: Renderer, samples: list[TemplateContext], context: type[TemplateContext]
) -> None:
    mine = [sample for sample in samples if type(sample) is context]
    for sample in mine:
        assert renderer.render(sample, "../../").strip()


def test_a_missing_attribute_fails_the_rendering(
    renderer: Renderer, samples: list[TemplateContext]
) -> None:
    page = next(sample for sample in samples if isinstance(sample, InitiativePage))
    template = renderer.environment.from_string("{{ row.initiative.no_such_field }}")
    with pytest.raises(jinja2.UndefinedError, match="no_such_field"):
        template.render(page.values(), base="")
