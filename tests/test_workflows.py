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


def test_only_the_deploy_job_may_write(workflow: dict[str, Any]) -> None:
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions")
        if name == "deploy":
            assert permissions == {"pages": "write", "id-token": "write"}
        else:
            assert permissions is None, f"{name} must inherit contents: read"


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
    runs = [step["run"] for step in steps(check) if "run" in step]
    assert runs == ["make validate", "make site", "make test"]
    uploads = [s for s in steps(check) if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads[0]["with"]["path"] == "site/"


def test_zizmor_finds_nothing() -> None:
    zizmor = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or "zizmor"
    result = subprocess.run(
        [zizmor, "--offline", "--no-progress", str(PROJECT / ".github" / "workflows")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
