"""The people search's terms table on PostgreSQL (services/people/search_terms.py): prefixes
as ranges, and a candidate query that reads people by the index, never all of them, even
in the generic plan a prepared statement gets (the search's results: test_search.py)."""

import json
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql

from lead_desktop.security.roles import Role
from lead_desktop.services.people import search_terms
from lead_desktop.services.people.records import PersonInput


@pytest.mark.parametrize("prefix, end", [("smi", "smj"), ("o", "p"), ("az", "a{"),
                                         ("a\U0010ffff", "b"), ("\U0010ffff", None), ("", None)])
def test_a_prefix_ends_at_the_next_string_in_code_point_order(prefix, end):
    assert search_terms.prefix_end(prefix) == end


@given(st.text(min_size=1, max_size=4), st.text(max_size=4))
def test_every_string_with_the_prefix_is_inside_the_range_and_no_other(prefix, rest):
    end = search_terms.prefix_end(prefix)
    word = prefix + rest
    assert prefix <= word and (end is None or word < end)   # Python compares code points
    other = rest + prefix
    inside = prefix <= other and (end is None or other < end)
    assert inside == other.startswith(prefix)


@pytest.fixture
def db_backend():
    return "postgresql"   # this file's database tests are about the server's plans


def _sql(value: object) -> str:
    """A test's own constant as SQL (EXECUTE's arguments cannot be parameters)."""
    return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"


def _scans(plan: dict):  # noqa: ANN202
    yield plan
    for child in plan.get("Plans", []):
        yield from _scans(child)


@pytest.mark.slow
def test_the_candidates_are_read_by_the_index_even_in_a_generic_plan(db, program, staff):
    cm = staff[Role.CASE_MANAGER]
    for last, first in [("Smith", "Ana"), ("Smythe", "Jon"), ("Garcia", "Luz")]:
        program.people.create(cm, PersonInput(last, first, date(1990, 1, 2)), confirmed_new=True)
    filters = [search_terms.token_filter([("sound", "SM0", False), ("name", "smi", True)],
                                         [("name", "smith", True)]),
               search_terms.token_filter([], [("name", "an", True)])]
    compiled = search_terms.candidate_query(filters, 300).compile(
        dialect=postgresql.dialect(paramstyle="numeric_dollar"))
    values = [compiled.params[name] for name in compiled.positiontup]
    with db.read() as session:
        assert [row[1] for row in search_terms.candidates(session, filters, 300)] == ["Smith"]
        # psycopg's own connection (the same transaction): SQL sent as it is written
        server = session.connection().connection.driver_connection
        server.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        server.execute("SET LOCAL enable_seqscan = off")  # tiny tables
        server.execute(f"PREPARE lead_candidates AS {compiled.string}")
        plan = server.execute(f"EXPLAIN (FORMAT JSON) EXECUTE lead_candidates("
                              f"{', '.join(map(_sql, values))})").fetchone()[0]
        server.execute("DEALLOCATE lead_candidates")
    nodes = list(_scans((plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"]))
    people = [n for n in nodes if n.get("Relation Name") == "persons"]
    terms = [n for n in nodes if n.get("Relation Name") == "person_search_terms"]
    assert people and terms
    # people joined to the matches by their id, never every person filtered by the
    # matches (the first version's hashed subplans); with three people the planner may
    # read the searchable people's index whole (0042) and join them, which it also may
    text_ = json.dumps(plan)
    assert all("SubPlan" not in n.get("Filter", "") and n["Node Type"] != "Seq Scan"
               for n in people), people
    assert all("(id)::text =" in n.get("Index Cond", "") for n in people) or \
        '(persons.id)::text = (\\"ANY_subquery\\".person_id)::text' in text_, text_[:2000]
    # each look-up of a term by its value (or range) in the index, not by a filter on it
    conditions = [n.get("Index Cond", "") + n.get("Recheck Cond", "") for n in terms]
    by_value = [c for c in conditions if re.search(r"\bterm\b", c)]
    by_person = [c for c in conditions if "person_id" in c and c not in by_value]
    assert len(by_value) == 4, conditions          # smith (all of), SM0 or smi; an
    assert len(by_value) + len(by_person) == len(terms), conditions
