"""Skill profiles for the rediscovery scenarios: two people built from the same profile are
equally skilled, so only motivations and history can decide their order."""

PROFILES: dict[str, dict] = {
    "backend": dict(
        current_title="Senior Backend Engineer",
        skills=["Python", "Django", "PostgreSQL", "AWS", "Kafka"],
        years_experience=7,
        resume_text=(
            "Seven years building Python services. Designed Django and FastAPI APIs on "
            "PostgreSQL, ran them on AWS, and moved order processing onto Kafka. Mentored two "
            "junior engineers and owned on-call for the payments platform."
        ),
    ),
    "frontend": dict(
        current_title="Frontend Engineer",
        skills=["TypeScript", "React", "Next.js", "CSS", "Accessibility"],
        years_experience=5,
        resume_text=(
            "Five years of TypeScript and React. Rebuilt a checkout in Next.js, cut bundle size "
            "by 40%, and led an accessibility audit to WCAG 2.1 AA."
        ),
    ),
    "data_eng": dict(
        current_title="Data Engineer",
        skills=["SQL", "dbt", "Airflow", "Snowflake", "Python"],
        years_experience=6,
        resume_text=(
            "Data engineer with six years on batch pipelines: Airflow orchestration, dbt models "
            "on Snowflake, SQL performance tuning and data quality tests in Python."
        ),
    ),
    "ml": dict(
        current_title="Machine Learning Engineer",
        skills=["Python", "PyTorch", "MLOps", "Recommendation systems", "SQL"],
        years_experience=5,
        resume_text=(
            "Machine learning engineer: trained and served PyTorch recommendation models, built "
            "the MLOps pipeline for retraining, and ran A/B tests with product analysts."
        ),
    ),
    "sre": dict(
        current_title="Site Reliability Engineer",
        skills=["Kubernetes", "Terraform", "Go", "Prometheus", "GCP"],
        years_experience=8,
        resume_text=(
            "SRE for eight years: Kubernetes clusters on GCP provisioned with Terraform, "
            "Prometheus alerting, incident command, and Go tooling for deploys."
        ),
    ),
    "designer": dict(
        current_title="Senior Product Designer",
        skills=["Figma", "User research", "Prototyping", "Design systems"],
        years_experience=7,
        resume_text=(
            "Product designer running user research, prototyping in Figma and maintaining a "
            "design system used by six product teams."
        ),
    ),
    "sales": dict(
        current_title="Account Executive",
        skills=["SaaS sales", "Salesforce", "Negotiation", "Pipeline management"],
        years_experience=6,
        resume_text=(
            "Mid-market SaaS account executive: closed €1.2M ARR last year, 118% of quota, "
            "managed pipeline in Salesforce and negotiated multi-year contracts."
        ),
    ),
    "cs": dict(
        current_title="Customer Success Manager",
        skills=["Onboarding", "Renewals", "Gainsight", "Churn reduction"],
        years_experience=5,
        resume_text=(
            "Customer success manager for 60 B2B accounts: onboarding, quarterly business "
            "reviews, renewals in Gainsight, and a churn playbook that cut churn by a third."
        ),
    ),
    "manager": dict(
        current_title="Engineering Team Lead",
        skills=["People management", "Python", "Hiring", "Agile delivery"],
        years_experience=10,
        resume_text=(
            "Ten years in backend engineering, the last three as team lead for five engineers: "
            "hiring, career conversations, agile delivery and Python service design."
        ),
    ),
    "finance": dict(
        current_title="Financial Analyst",
        skills=["FP&A", "Excel", "Forecasting", "NetSuite"],
        years_experience=4,
        resume_text=(
            "FP&A analyst: monthly forecasting, budget variance analysis in Excel and NetSuite, "
            "and board pack preparation."
        ),
    ),
}

ROLES: dict[str, dict] = {
    "backend": dict(
        title="Senior Backend Engineer (Python)",
        department="Engineering",
        seniority="senior",
        requirements="5+ years of Python\nDjango or FastAPI\nPostgreSQL\nAWS\nKafka",
        description="Build the services behind our ordering platform.",
    ),
    "data_eng": dict(
        title="Senior Data Engineer",
        department="Data",
        seniority="senior",
        requirements="SQL\ndbt\nAirflow\nSnowflake\nPython",
        description="Own the analytics pipelines that finance and product rely on.",
    ),
    "sre": dict(
        title="Senior SRE",
        department="Platform",
        seniority="senior",
        requirements="Kubernetes\nTerraform\nGo\nPrometheus\nGCP",
        description="Keep the platform fast and boring.",
    ),
    "manager": dict(
        title="Engineering Manager, Payments",
        department="Engineering",
        seniority="manager",
        requirements="People management\nHiring\nPython\nAgile delivery",
        description="Lead the payments team of six engineers.",
    ),
    "frontend": dict(
        title="Senior Frontend Engineer",
        department="Engineering",
        seniority="senior",
        requirements="TypeScript\nReact\nNext.js\nAccessibility",
        description="Own the customer web app.",
    ),
    "sales": dict(
        title="Senior Account Executive",
        department="Sales",
        seniority="senior",
        requirements="SaaS sales\nSalesforce\nNegotiation\nPipeline management",
        description="Close mid-market deals across Ireland and the UK.",
    ),
    "cs": dict(
        title="Senior Customer Success Manager",
        department="Customer Success",
        seniority="senior",
        requirements="Onboarding\nRenewals\nGainsight\nChurn reduction",
        description="Look after our largest accounts.",
    ),
    # Held-out 65's writer opened ML and finance roles on the profiles of the same names.
    "ml": dict(
        title="Senior Machine Learning Engineer",
        department="Machine Learning",
        seniority="senior",
        requirements="Python\nPyTorch\nMLOps\nRecommendation systems\nSQL",
        description="Train and serve the models behind our recommendations.",
    ),
    "finance": dict(
        title="Senior Financial Analyst",
        department="Finance",
        seniority="senior",
        requirements="FP&A\nExcel\nForecasting\nNetSuite",
        description="Own the monthly forecast and the board pack.",
    ),
}
