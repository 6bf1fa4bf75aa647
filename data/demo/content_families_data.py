"""Job families for data: data engineering, analytics and machine learning.

Same shape and slots as ``content_families_eng``.
"""

DATA_ENG = {
    "label": "Data engineering",
    "department": "Data",
    "group": "data",
    "weight": 7,
    "band": 1.0,
    "area": "data engineering",
    "titles": {
        "junior": ["Junior Data Engineer"],
        "mid": ["Data Engineer"],
        "senior": ["Senior Data Engineer"],
        "staff": ["Staff Data Engineer", "Principal Data Engineer"],
        "lead": ["Lead Data Engineer", "Data Platform Tech Lead"],
        "manager": ["Data Engineering Manager"],
        "director": ["Head of Data Engineering", "Director of Data Platform"],
    },
    "stacks": [
        (4, None, ["Python", "SQL", "Airflow", "dbt", "Snowflake"]),
        (3, None, ["Python", "Spark", "Databricks", "Delta Lake", "SQL"]),
        (1, None, ["Scala", "Spark", "Kafka", "Hadoop"]),
        (3, None, ["Python", "BigQuery", "dbt", "Dataflow", "SQL"]),
        (2, None, ["Java", "Kafka", "Flink", "SQL"]),
        (1, None, ["Python", "SQL", "Dagster", "DuckDB", "PostgreSQL"]),
    ],
    "extra_skills": [
        "Kafka",
        "Airflow",
        "dbt",
        "Terraform",
        "AWS",
        "GCP",
        "Data modelling",
        "Data quality",
        "Great Expectations",
        "Fivetran",
        "Redshift",
        "Kubernetes",
        "Debezium (CDC)",
        "Looker",
        "Data governance",
    ],
    "products": [
        "event-tracking pipeline",
        "finance data mart",
        "customer 360 model",
        "warehouse",
        "CDC pipeline",
        "reverse-ETL setup",
    ],
    "focus": [
        "modern data platforms",
        "streaming pipelines",
        "analytics engineering",
        "data quality",
        "warehouse design",
    ],
    "teams": ["Data Platform", "Analytics Engineering", "Finance Data"],
    "summaries": [
        "Data engineer with {years} building {focus} on {skill} and {skill2}. I care about "
        "pipelines that fail loudly, models with owners and numbers finance can trust.",
        "{years} moving data from where it lives to where it is useful. Most recently owned the "
        "{product} at a scale-up; strong in SQL, modelling and orchestration.",
        "I build boring, dependable data platforms. Comfortable with batch and streaming, and "
        "with the stakeholder side: agreeing definitions before building them.",
    ],
    "achievements": [
        (
            "Rebuilt the nightly ELT on {skill} and {skill2}; finance dashboards now land by 7am "
            "instead of noon",
            "mid",
        ),
        (
            "Designed a CDC pipeline streaming {m}M rows a day from PostgreSQL into the warehouse "
            "with under five minutes of lag",
            "mid",
        ),
        (
            "Cut warehouse costs by {pct}% ({money_k} a year) by partitioning large tables and "
            "deleting unused models",
            "mid",
        ),
        (
            "Introduced data contracts and tests on {n_b} critical tables; broken-dashboard tickets "
            "dropped by {pct}%",
            "mid",
        ),
        (
            "Migrated {n_b} legacy cron jobs to orchestrated pipelines with documented lineage",
            "mid",
        ),
        "Built the event-tracking pipeline behind product analytics, processing {m}M events a day",
        ("Owned GDPR deletion workflows across the warehouse and {n} source systems", "mid"),
        ("Partnered with data science on a feature store used by {n_s} production models", "mid"),
        (
            "Brought pipeline failure alerts from {n_b} a week to fewer than 3 with retries and "
            "idempotent loads",
            "mid",
        ),
        ("Onboarded and mentored {n_s} analytics engineers", "senior"),
        (
            "Led a warehouse migration in {months} months, on budget and without a reporting gap",
            "senior",
        ),
        ("Wrote the modelling conventions the data team still uses", "senior"),
        "Built a reverse-ETL sync that feeds product usage into the CRM for {n_b} sales reps",
        "Set up freshness and volume monitors on {n_b} sources; stale data now alerts within an "
        "hour",
    ],
    "degrees": [
        "BSc Computer Science",
        "MSc Data Science",
        "BSc Mathematics",
        "BSc Statistics",
        "MEng Information Systems",
    ],
    "certs": ["Databricks Certified Data Engineer Associate", "SnowPro Core Certification"],
    "duties": [
        "build and own pipelines on our {stack} stack",
        "model data so analysts and finance can self-serve",
        "raise the bar on data quality and lineage",
        "partner with product engineers on event design",
    ],
    "reqs": [
        "Strong SQL and data modelling",
        "Experience with orchestration and testing of pipelines",
    ],
    "tools_wanted": ["dbt", "a modern data stack", "streaming with Kafka", "Dagster"],
    "tools_old": [
        "hand-written cron jobs",
        "a Hadoop cluster nobody wants to touch",
        "stored procedures in SQL Server",
    ],
}

ANALYTICS = {
    "label": "Analytics",
    "department": "Data",
    "group": "data",
    "weight": 7,
    "band": 0.88,
    "area": "analytics",
    "titles": {
        "junior": ["Junior Data Analyst", "Data Analyst"],
        "mid": ["Data Analyst", "Product Analyst", "Analytics Engineer", "BI Analyst"],
        "senior": ["Senior Data Analyst", "Senior Product Analyst", "Senior Analytics Engineer"],
        "staff": ["Principal Analyst", "Staff Analytics Engineer"],
        "lead": ["Lead Analyst", "Analytics Lead"],
        "manager": ["Analytics Manager", "Manager, Business Intelligence"],
        "director": ["Head of Analytics", "Director of Insights"],
    },
    "stacks": [
        (4, None, ["SQL", "Looker", "dbt", "Python"]),
        (3, None, ["SQL", "Tableau", "Excel", "Python"]),
        (2, None, ["SQL", "Power BI", "DAX", "Excel"]),
        (3, None, ["SQL", "Python", "pandas", "Amplitude"]),
        (1, None, ["SQL", "Metabase", "BigQuery"]),
        (1, None, ["SQL", "R", "Tableau", "Statistics"]),
    ],
    "extra_skills": [
        "A/B testing",
        "Experimentation",
        "Statistics",
        "Stakeholder management",
        "Data storytelling",
        "Mixpanel",
        "Google Analytics 4",
        "Snowflake",
        "BigQuery",
        "Forecasting",
        "Cohort analysis",
        "Causal inference",
        "Excel",
        "Jupyter",
    ],
    "products": [
        "revenue dashboard",
        "retention model",
        "pricing analysis",
        "experiment platform",
        "churn-risk score",
        "board metrics pack",
    ],
    "focus": [
        "product analytics",
        "experimentation",
        "self-serve BI",
        "revenue and retention analysis",
        "metrics design",
    ],
    "teams": ["Product Analytics", "Commercial Analytics", "Finance Analytics"],
    "summaries": [
        "Analyst with {years} in {focus}. Strong in {skill} and {skill2}; I like questions "
        "that change a decision, and I write up answers so people read them.",
        "{years} turning product and revenue data into decisions. Built the {product} most "
        "recently; comfortable in front of execs and in the weeds of a messy join.",
        "I make metrics boring in the best way: one definition, one place, trusted by everyone. "
        "Background in {focus} at B2B SaaS companies.",
    ],
    "achievements": [
        "Built the weekly revenue and retention pack read by the exec team; replaced {n} "
        "conflicting spreadsheets",
        (
            "Designed and analysed {n_b} A/B tests on pricing and onboarding; the winners added "
            "{money} in ARR",
            "mid",
        ),
        "Found that {pct}% of churned accounts never connected a bank feed — the finding shaped "
        "two quarters of onboarding work",
        ("Rebuilt core metrics in {skill} with a single definition of an active customer", "mid"),
        "Cut turnaround on ad-hoc questions from days to hours with self-serve dashboards",
        (
            "Built a churn-risk score that customer success uses to prioritise {count} accounts",
            "mid",
        ),
        (
            "Ran the analysis behind moving to annual plans; {pct}% of new customers now pick annual",
            "mid",
        ),
        ("Trained {n_b} colleagues in SQL through a six-week internal course", "senior"),
        (
            "Forecast support volume within ±{pct_s}%, letting operations plan hiring a quarter "
            "ahead",
            "mid",
        ),
        (
            "Worked with marketing on attribution and moved {money_k} of paid spend to channels "
            "with measurable payback",
            "mid",
        ),
        "Documented {n_b} metrics in a data dictionary product managers actually use",
        ("Presented monthly insights to the leadership team", "senior"),
        "Built a self-serve funnel dashboard that replaced a weekly manual export for {n} teams",
        "Audited event tracking with engineering and removed {n_b} duplicate or dead events",
    ],
    "degrees": [
        "BSc Economics",
        "BSc Mathematics",
        "MSc Business Analytics",
        "BSc Statistics",
        "BA Economics and Politics",
        "MSc Applied Statistics",
    ],
    "certs": ["Google Data Analytics Certificate", "Tableau Desktop Specialist"],
    "duties": [
        "answer the questions that change what we build, with {stack}",
        "own metric definitions for the {team} area",
        "design and read experiments with product managers",
        "make dashboards people trust and actually use",
    ],
    "reqs": [
        "Excellent SQL",
        "Experience with experimentation and basic statistics",
        "Clear written and spoken communication",
    ],
    "tools_wanted": ["dbt", "a proper experimentation platform", "Python for analysis", "Looker"],
    "tools_old": [
        "Excel exports from the production database",
        "a wall of legacy Tableau workbooks",
        "manual month-end reporting",
    ],
}

ML = {
    "label": "Machine learning",
    "department": "Data",
    "group": "data",
    "weight": 5,
    "band": 1.08,
    "area": "machine learning",
    "titles": {
        "junior": ["Junior Machine Learning Engineer", "Junior Data Scientist"],
        "mid": ["Machine Learning Engineer", "Data Scientist"],
        "senior": ["Senior Machine Learning Engineer", "Senior Data Scientist"],
        "staff": ["Staff Machine Learning Engineer", "Principal Data Scientist"],
        "lead": ["Lead Data Scientist", "ML Tech Lead"],
        "manager": ["Machine Learning Manager", "Data Science Manager"],
        "director": ["Head of Machine Learning", "Director of Data Science"],
    },
    "stacks": [
        (3, None, ["Python", "PyTorch", "scikit-learn", "MLflow"]),
        (2, None, ["Python", "TensorFlow", "Kubeflow", "GCP"]),
        (3, None, ["Python", "XGBoost", "pandas", "SQL"]),
        (3, None, ["Python", "PyTorch", "Hugging Face Transformers", "LLMs"]),
        (1, None, ["Python", "SageMaker", "AWS", "scikit-learn"]),
        (1, None, ["Python", "LightGBM", "Spark", "Feature stores"]),
    ],
    "extra_skills": [
        "NLP",
        "Recommendation systems",
        "Fraud detection",
        "Time-series forecasting",
        "Computer vision",
        "MLOps",
        "Docker",
        "Kubernetes",
        "SQL",
        "Statistics",
        "A/B testing",
        "Vector search",
        "FastAPI",
        "Causal inference",
        "Model monitoring",
    ],
    "products": [
        "fraud model",
        "search ranking",
        "document-extraction pipeline",
        "cash-flow forecast",
        "recommendation service",
        "support-ticket classifier",
    ],
    "focus": [
        "applied machine learning",
        "fraud and risk models",
        "NLP in production",
        "ranking and recommendations",
        "MLOps",
    ],
    "teams": ["Risk & Fraud", "Search & Ranking", "Document AI"],
    "summaries": [
        "Machine learning engineer with {years} taking models from notebook to production. "
        "Most at home in {focus} with {skill} and {skill2}.",
        "{years} in {focus}: framing the problem, building the baseline, shipping the model and "
        "monitoring it afterwards. Recently owned the {product}.",
        "Data scientist who ships. I like clear offline evaluation, honest A/B tests and models "
        "small enough to explain to the people who rely on them.",
    ],
    "achievements": [
        (
            "Shipped a fraud model that cut chargeback losses by {pct}% ({money} a year) while "
            "keeping false positives under 1%",
            "mid",
        ),
        (
            "Built a ranking model for search; click-through rose {pct_s}% in a {weeks}-week A/B "
            "test",
            "mid",
        ),
        (
            "Took model deployment from a {weeks}-week manual process to a same-day pipeline with "
            "CI",
            "senior",
        ),
        "Fine-tuned a transformer to route support tickets into {n_b} categories at {acc_hi}% "
        "accuracy",
        (
            "Built a cash-flow forecast for {count} small businesses that beat the heuristic "
            "baseline by {pct}% on MAPE",
            "mid",
        ),
        (
            "Set up drift monitoring for {n} production models; caught two silent data issues "
            "before customers did",
            "mid",
        ),
        (
            "Reduced inference latency from {ms_hi} ms to {ms_lo} ms by distilling and quantising "
            "the model",
            "mid",
        ),
        (
            "Designed the offline evaluation suite (nDCG, recall@k, calibration) that gates every "
            "model release",
            "senior",
        ),
        (
            "Led a team of {n_s} on invoice and receipt extraction; manual review dropped by "
            "{pct}%",
            "lead",
        ),
        ("Wrote the internal guide on experiment design adopted by product analytics", "senior"),
        (
            "Built a retrieval-augmented assistant for support agents, cutting handle time by "
            "{pct_s}%",
            "mid",
        ),
        "Gave a talk on fraud detection at a PyData conference",
        "Cleaned and relabelled a {k}k-example training set; model precision rose {pct_s} points",
        "Built a feature pipeline that cut training-data preparation from days to hours",
        "Built the baseline model and evaluation notebook for a {product} proof of concept",
        "Wrote SQL feature queries and data-quality checks for {n} models",
    ],
    "degrees": [
        "MSc Machine Learning",
        "PhD Computer Science",
        "MSc Statistics",
        "BSc Mathematics",
        "MSc Artificial Intelligence",
        "PhD Physics",
    ],
    "certs": [],
    "duties": [
        "build, ship and monitor models for {team} with {stack}",
        "own offline evaluation and A/B testing of models",
        "work with engineers to run models reliably in production",
    ],
    "reqs": [
        "Models in production, not only notebooks",
        "Strong Python and SQL",
        "Solid statistics",
    ],
    "tools_wanted": [
        "LLMs in production",
        "PyTorch",
        "a real feature store",
        "proper MLOps tooling",
    ],
    "tools_old": [
        "models retrained by hand in notebooks",
        "R scripts on a shared server",
        "a home-grown model registry",
    ],
}

DATA_FAMILIES = {
    "data_eng": DATA_ENG,
    "analytics": ANALYTICS,
    "ml": ML,
}
