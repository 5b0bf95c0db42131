"""Shared code of the civicsim notebooks: find and read results folders, and plot means over
replicates with 95% confidence bands (never single runs), in Okabe-Ito colours.

Only pandas and matplotlib (both in Debian: python3-pandas, python3-matplotlib).

Where results are: the environment variable CIVICSIM_RESULTS, else ../results (the project's
results/ folder when the notebook runs from notebooks/).
"""

import json
import math
import os
import re
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

# Every results file's name and header, as org.civicsim.io.ResultFiles gives them (a Java test
# keeps result_files.json current), so that a renamed file or column is renamed here too.
with open(Path(__file__).with_name("result_files.json"), encoding="utf-8") as _f:
    RESULT_FILES = json.load(_f)
RUN_FILES = {k: v["file"] for k, v in RESULT_FILES["run"].items()}
SWEEP_FILES = {k: v["file"] for k, v in RESULT_FILES["sweep"].items()}

# Okabe and Ito (2008), "Color Universal Design": distinguishable with the common colour
# blindnesses. Same order as the Java charts (org.civicsim.report.OkabeIto).
OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
QUINTILES = ["q1", "q2", "q3", "q4", "q5"]
GROUP_NAMES = {"all": "all residents", "q1": "q1 (poorest fifth)", "q5": "q5 (richest fifth)"}
SHARES = {
    "participation_formal", "participation_informal", "participation_civic",
    "participation_any", "coproduction", "coverage", "coverage_gap", "active_share",
}
LABELS = {
    "participation_formal": "Formal volunteering, last 4 weeks (% of adults)",
    "participation_informal": "Informal help, last 4 weeks (% of adults)",
    "participation_civic": "Civic participation, last 52 weeks (% of adults)",
    "participation_any": "Any participation, last 4 weeks (% of adults)",
    "coproduction": "Co-production, last 4 weeks (% of adults)",
    "voice_gini": "Gini of voice (0 = equal)",
    "voice_share": "Share of voice / share of residents (1 = in proportion)",
    "coverage": "Needs covered (%)",
    "coverage_gap": "Coverage, q5 minus q1 (percentage points)",
    "services_council": "Facilities run by the council",
    "services_community": "Facilities run by community groups",
    "services_closed": "Facilities closed",
    "groups_active": "Active community groups",
    "volunteer_hours": "Volunteered hours per week",
    "council_spend": "Council spend (GBP per week)",
    "cd_workers": "CD workers (people)",
    "trust_mean": "Mean trust in the council (0-1)",
    "active_share": "Active this week (% of residents)",
}

# Two-sided 95% quantiles of Student's t by degrees of freedom (no scipy in the allowed packages);
# between the rows the next smaller degrees of freedom is used, which errs on the wide side.
_T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
         9: 2.262, 10: 2.228, 12: 2.179, 15: 2.131, 20: 2.086, 25: 2.060, 30: 2.042, 40: 2.021,
         60: 2.000, 120: 1.980}


def t975(df):
    """The 97.5% quantile of Student's t with df degrees of freedom (NaN below 1)."""
    if df is None or (isinstance(df, float) and math.isnan(df)) or df < 1:
        return float("nan")
    keys = [k for k in _T975 if k <= df]
    return _T975[max(keys)] if df <= 120 else 1.960


def results_dir():
    """The results folder: $CIVICSIM_RESULTS, else ../results."""
    path = Path(os.environ.get("CIVICSIM_RESULTS", "../results"))
    if not path.is_dir():
        raise FileNotFoundError(
            f"no results folder at {path.resolve()}: run the command at the top of the notebook, "
            "or set CIVICSIM_RESULTS to the folder holding the results")
    return path


def manifest(folder):
    """The run's manifest.json as a dict."""
    with open(Path(folder) / RUN_FILES["manifest"], encoding="utf-8") as f:
        return json.load(f)


def scenario_value(folder, dotted_key):
    """The resolved value of a dotted scenario key (e.g. council.cuts.real_terms_per_year)."""
    value = manifest(folder)["scenario"]
    for part in dotted_key.split("."):
        value = value[part]
    return value


def is_run(folder):
    folder = Path(folder)
    return (folder / RUN_FILES["metrics"]).is_file() and not (folder / SWEEP_FILES["runs"]).exists()


def find_runs(results=None):
    """Every run folder under the results folder (metrics.csv and manifest.json, not a sweep)."""
    results = Path(results) if results else results_dir()
    runs = sorted(p.parent for p in results.rglob(RUN_FILES["manifest"]) if is_run(p.parent))
    return [r for r in runs if not any(part.startswith(".") for part in r.parts)]


def folder_name(scenario):
    """The folder ./civicsim run gives a scenario's runs (as org.civicsim.io.RunFolder)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", scenario)
    return "scenario" + safe if not safe or safe.startswith(".") else safe


def latest_runs(results=None, scenarios=None):
    """The newest run of each scenario (by the manifest's start time) in the default layout
    results/<scenario>/<run-id>/, optionally only some scenarios. Runs written elsewhere with
    --out (a hand-made sweep, say) are left out."""
    newest = {}
    for folder in find_runs(results):
        m = manifest(folder)
        name = m.get("scenario_name", folder.name)
        if folder.parent.name != folder_name(name) or (scenarios and name not in scenarios):
            continue
        if name not in newest or m.get("start_time", "") > manifest(newest[name]).get("start_time", ""):
            newest[name] = folder
    if not newest:
        raise FileNotFoundError(
            f"no run folders under {Path(results or results_dir()).resolve()}"
            + (f" for {sorted(scenarios)}" if scenarios else "")
            + ": run the command at the top of the notebook")
    return dict(sorted(newest.items()))


def load_metrics(folder, wards=False):
    """metrics.csv (or metrics-wards.csv) of a run, with the run's folder name as column run."""
    name = RUN_FILES["metrics_wards"] if wards else RUN_FILES["metrics"]
    df = pd.read_csv(Path(folder) / name)
    df["run"] = Path(folder).name
    return df


def caption(folder):
    """Scenario, seed and replicates of a run, for a figure caption."""
    m = manifest(folder)
    return f"{m.get('scenario_name')} (seed {m.get('seed')}, {m.get('replicates')} replicates)"


def band(df, metric, group="all", by="step"):
    """Mean, 95% t-interval (ci_low, ci_high) and n over replicates of metric for group, by step
    (or by another column, e.g. a parameter's value)."""
    d = df[(df["metric"] == metric) & (df["group"] == group)]
    g = d.groupby(by)["value"].agg(["mean", "std", "count"]).reset_index()
    half = g.apply(lambda r: t975(r["count"] - 1) * r["std"] / math.sqrt(r["count"])
                   if r["count"] > 1 else float("nan"), axis=1)
    g["ci_low"] = g["mean"] - half
    g["ci_high"] = g["mean"] + half
    return g.rename(columns={"count": "n"})


def final_step(df):
    """The rows of each replicate's last recorded week."""
    last = df.groupby(["run", "replicate"])["step"].transform("max")
    return df[df["step"] == last]


def plot_band(ax, df, metric, group="all", label=None, color=None, linestyle="-"):
    """Mean line over time (years) with its 95% band across replicates."""
    b = band(df, metric, group)
    scale = 100 if metric in SHARES else 1
    years = b["step"] / 52
    line, = ax.plot(years, scale * b["mean"], color=color, linestyle=linestyle, lw=2,
                    label=label or GROUP_NAMES.get(group, group))
    ax.fill_between(years, scale * b["ci_low"], scale * b["ci_high"], color=line.get_color(),
                    alpha=0.2, lw=0)
    ax.set_xlabel("Time since the start (years)")
    ax.set_ylabel(LABELS.get(metric, metric))
    return line


def plot_groups(ax, df, metric, groups, title=None):
    """One banded line per group (e.g. income quintiles) of one run."""
    for i, g in enumerate(groups):
        plot_band(ax, df, metric, g, color=OKABE_ITO[i])
    ax.set_title(title or metric)
    ax.legend(frameon=False)
    ax.grid(alpha=0.3)


def plot_runs(ax, runs, metric, group="all", title=None):
    """One banded line per run (a dict of name -> metrics DataFrame)."""
    for i, (name, df) in enumerate(runs.items()):
        plot_band(ax, df, metric, group, label=name, color=OKABE_ITO[i % len(OKABE_ITO)])
    ax.set_title(title or f"{metric} ({GROUP_NAMES.get(group, group)})")
    ax.legend(frameon=False)
    ax.grid(alpha=0.3)


def plot_final_by_group(ax, runs, metric, groups):
    """Final-week means by group with 95% error bars, one colour per run."""
    width = 0.8 / max(1, len(runs))
    scale = 100 if metric in SHARES else 1
    for i, (name, df) in enumerate(runs.items()):
        fin = final_step(df)
        rows = [band(fin, metric, g, by="metric").iloc[0] for g in groups]
        means = [scale * r["mean"] for r in rows]
        errs = [[scale * (r["mean"] - r["ci_low"]) for r in rows],
                [scale * (r["ci_high"] - r["mean"]) for r in rows]]
        xs = [k + (i - (len(runs) - 1) / 2) * width for k in range(len(groups))]
        ax.bar(xs, means, width=width, yerr=errs, capsize=3, label=name,
               color=OKABE_ITO[i % len(OKABE_ITO)])
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels([GROUP_NAMES.get(g, g) for g in groups], rotation=20)
    ax.set_ylabel(LABELS.get(metric, metric))
    ax.legend(frameon=False)
    ax.grid(alpha=0.3, axis="y")


def lorenz(population, voice_per_head):
    """Lorenz curve (x, y in 0-1) over units sorted by voice per head, least first."""
    pairs = sorted(zip(voice_per_head, population))
    total_pop = sum(p for _, p in pairs)
    total_voice = sum(max(0, v) * p for v, p in pairs)
    xs, ys = [0.0], [0.0]
    for v, p in pairs:
        xs.append(xs[-1] + p / total_pop)
        ys.append(ys[-1] + (max(0, v) * p / total_voice if total_voice > 0 else 0))
    return xs, ys


def gini_of_curve(xs, ys):
    """Gini of a Lorenz curve: one minus twice the area under it."""
    area = sum((xs[k] - xs[k - 1]) * (ys[k] + ys[k - 1]) / 2 for k in range(1, len(xs)))
    return 1 - 2 * area


SPEND_LINES = {
    "statutory": "Statutory care",
    "discretionary": "Discretionary services",
    "community_development": "Community development staff",
    "grants": "Grants to groups",
    "innovation_fund": "Innovation fund",
    "credits": "Time credits",
}


def load_spend(folder):
    """spend.csv of a run, summed over its councils, shaped like metrics.csv (metric
    council_spend, the budget line as group) so that band() and plot_band() draw it; None for
    results written before runs recorded spend by line."""
    path = Path(folder) / RUN_FILES["spend"]
    if not path.is_file():
        return None
    df = pd.read_csv(path)
    df = df.groupby(["replicate", "step", "line"], as_index=False, sort=False)["value"].sum()
    df["metric"] = "council_spend"
    df["group"] = df["line"]
    df["run"] = Path(folder).name
    return df


def load_lorenz(folder):
    """voice-lorenz.csv of a run: each replicate's Lorenz curve of the residents' voice at the
    final week (population_share, voice_share, both 0-1); None when the run has none."""
    path = Path(folder) / RUN_FILES["voice_lorenz"]
    return pd.read_csv(path) if path.is_file() else None


def lorenz_band(df):
    """Mean and 95% t-interval over replicates of the cumulative voice share at each population
    share, clipped to 0-1."""
    g = df.groupby("population_share")["voice_share"].agg(["mean", "std", "count"]).reset_index()
    half = g.apply(lambda r: t975(r["count"] - 1) * r["std"] / math.sqrt(r["count"])
                   if r["count"] > 1 else 0.0, axis=1)
    g["ci_low"] = (g["mean"] - half).clip(lower=0)
    g["ci_high"] = (g["mean"] + half).clip(upper=1)
    return g


def find_sweeps(results=None):
    """Sweep folders (with runs.csv) under the results folder, written by ./civicsim sweep."""
    results = Path(results) if results else results_dir()
    return sorted(p.parent for p in results.rglob(SWEEP_FILES["runs"]))


SWEEP_COLUMNS = set(RESULT_FILES["sweep"]["metrics"]["header"].replace("{varied}", "").split(","))


def load_sweep(folder):
    """A sweep's final-week rows: metrics.csv with columns point, one per varied key, replicate,
    metric, group, value. Returns (DataFrame, list of varied keys)."""
    df = pd.read_csv(Path(folder) / SWEEP_FILES["metrics"])
    keys = [c for c in df.columns if c not in SWEEP_COLUMNS]
    last = df.groupby(["point", "replicate"])["step"].transform("max")
    df = df[df["step"] == last].copy()
    df["run"] = df["point"].astype(str)
    return df, keys


def load_handmade_sweep(folder, key):
    """A one-parameter sweep made of separate runs under folder (one run folder per value of the
    dotted scenario key): their final-week rows with the key's value as a column."""
    frames = []
    for run in find_runs(folder):
        df = final_step(load_metrics(run))
        df[key] = float(scenario_value(run, key))
        frames.append(df)
    if not frames:
        raise FileNotFoundError(f"no runs under {Path(folder).resolve()}")
    return pd.concat(frames, ignore_index=True)


def plot_response(ax, df, metric, key, group="all", color=None):
    """Final-week mean with its 95% interval against a varied parameter's value."""
    b = band(df, metric, group, by=key)
    scale = 100 if metric in SHARES else 1
    ax.errorbar(b[key], scale * b["mean"],
                yerr=[scale * (b["mean"] - b["ci_low"]), scale * (b["ci_high"] - b["mean"])],
                fmt="o-", capsize=4, color=color or OKABE_ITO[0], lw=1.5)
    ax.fill_between(b[key], scale * b["ci_low"], scale * b["ci_high"],
                    color=color or OKABE_ITO[0], alpha=0.15, lw=0)
    ax.set_xlabel(key)
    ax.set_ylabel(LABELS.get(metric, metric))
    ax.grid(alpha=0.3)
    return b


def new_figure(rows=1, cols=1, width=11, height=4.2):
    """A figure of rows x cols axes, sized for a notebook."""
    fig, axes = plt.subplots(rows, cols, figsize=(width, height * rows), squeeze=False)
    return fig, axes
