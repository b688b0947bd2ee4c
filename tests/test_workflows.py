"""The GitHub Actions workflows: hardened as the project requires, and clean under zizmor."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import PROJECT

WORKFLOWS = sorted((PROJECT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")


def load(path: Path) -> dict[str, Any]:
    data: dict[Any, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    # Why: YAML 1.1 (PyYAML) reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


@pytest.fixture(params=WORKFLOWS, ids=lambda path: path.name)
def workflow(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load(request.param)


def test_there_is_a_check_for_pull_requests_and_a_publishing_workflow() -> None:
    triggers = {path.name: set(load(path)["on"]) for path in WORKFLOWS}
    assert triggers["ci.yml"] == {"pull_request"}
    assert triggers["publish.yml"] == {"push", "schedule", "workflow_dispatch"}


def test_never_pull_request_target(workflow: dict[str, Any]) -> None:
    assert "pull_request_target" not in workflow["on"]


def test_top_level_permissions_only_read_contents(workflow: dict[str, Any]) -> None:
    assert workflow["permissions"] == {"contents": "read"}


JOB_PERMISSIONS = {
    # Reads the published address for site_url.
    "build": {"contents": "read", "pages": "read"},
    "deploy": {"pages": "write", "id-token": "write"},
    # Re-enables the nightly schedule, and nothing else (see publish.yml).
    "hold-nightly-on": {"actions": "write"},
}


def test_only_the_deploy_and_keep_alive_jobs_may_write(workflow: dict[str, Any]) -> None:
    for name, job in workflow["jobs"].items():
        assert job.get("permissions") == JOB_PERMISSIONS.get(name), f"{name}: permissions"


def test_the_published_site_knows_its_address() -> None:
    publish = load(PROJECT / ".github" / "workflows" / "publish.yml")
    build = publish["jobs"]["build"]["steps"]
    make_site = next(step for step in build if step.get("run") == "make site")
    assert make_site["env"]["SITE_URL"] == "${{ steps.address.outputs.url }}"
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\nsite_url: !ENV SITE_URL\n" in config


def test_every_action_is_pinned_by_commit_sha_with_its_version(workflow: dict[str, Any]) -> None:
    for step in steps(workflow):
        if "uses" in step:
            assert PINNED.match(step["uses"]), step["uses"]


def test_version_comments_name_each_pin(workflow: dict[str, Any]) -> None:
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"@[0-9a-f]{40} # v\d", line), line


def test_checkout_keeps_no_credentials(workflow: dict[str, Any]) -> None:
    for step in steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


def test_every_job_has_a_timeout_and_the_workflow_a_concurrency_group(
    workflow: dict[str, Any],
) -> None:
    assert "group" in workflow["concurrency"]
    for job in workflow["jobs"].values():
        assert 0 < job["timeout-minutes"] <= 60


def test_the_pull_request_check_validates_builds_tests_and_keeps_a_preview() -> None:
    check = load(PROJECT / ".github" / "workflows" / "ci.yml")
    main_job = check["jobs"]["kontrol"]
    runs = [step["run"] for step in main_job["steps"] if "run" in step]
    assert runs == ["make validate", "make site", "make test"]
    uploads = [s for s in steps(check) if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads[0]["with"]["path"] == "site/"


def test_the_check_runs_on_the_oldest_and_the_newest_supported_python() -> None:
    check = load(PROJECT / ".github" / "workflows" / "ci.yml")
    job = check["jobs"]["kontrol"]
    assert job["strategy"]["matrix"]["python-version"] == ["3.11", "3.13"]
    setup = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] == "${{ matrix.python-version }}"
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert "PYTHON_VERSIONS := 3.11 3.12 3.13" in makefile
    assert re.search(r"^test: .*\bplatforms\b", makefile, flags=re.M)


def test_a_job_builds_with_properdocs_and_compares() -> None:
    check = load(PROJECT / ".github" / "workflows" / "ci.yml")
    runs = [step.get("run") for step in check["jobs"]["properdocs"]["steps"]]
    assert "make properdocs" in runs


# The first major version of each action that runs on Node 24 (GitHub's runners since 2026).
NODE_24 = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/upload-artifact": 6,
    "actions/upload-pages-artifact": 5,  # composite; v5 uses upload-artifact v7
    "actions/deploy-pages": 5,
}


def test_every_action_is_a_major_that_runs_on_node_24() -> None:
    for path in WORKFLOWS:
        for action, major in re.findall(
            r"uses: ([\w.-]+/[\w.-]+)@[0-9a-f]{40} # v(\d+)", path.read_text(encoding="utf-8")
        ):
            assert action in NODE_24, f"{path.name}: {action} is not known to run on Node 24"
            assert int(major) >= NODE_24[action], f"{path.name}: {action} v{major}"


def test_dependabot_keeps_actions_and_python_packages_current() -> None:
    config = yaml.safe_load((PROJECT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    updates = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    for update in updates.values():
        assert update["schedule"]["interval"] == "weekly"
        assert update["groups"], "one grouped pull request per ecosystem"


def test_the_nightly_rebuild_is_kept_on() -> None:
    publish = load(PROJECT / ".github" / "workflows" / "publish.yml")
    assert publish["on"]["schedule"]
    keep = publish["jobs"]["hold-nightly-on"]
    assert keep["if"] == "github.event_name == 'schedule'"
    command = keep["steps"][0]["run"]
    assert command == 'gh api --method PUT "repos/$REPOSITORY/actions/workflows/publish.yml/enable"'
    assert "${{" not in command, "expressions go through env:, never into the script"


def test_zizmor_finds_nothing() -> None:
    zizmor = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or "zizmor"
    result = subprocess.run(
        [zizmor, "--offline", "--no-progress", str(PROJECT / ".github")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
