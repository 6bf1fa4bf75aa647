"""Technologies by canonical name -> the ways people write them (data only).

"go" is read only where it is plainly the language ("Python, Go and Rust", "in Go", "golang"),
not the verb ("won't go below", "go back to the office").
"""

# Canonical name -> the ways people write it, comma-separated, in the normalised spelling.
_NAMES = {
    "go": "golang",
    "kubernetes": "kubernetes",
    "python": "python",
    "react": "react, reactjs, react.js",
    "typescript": "typescript, ts",
    "javascript": "javascript, js, vanilla js",
    "node": "node, nodejs, node.js",
    "jquery": "jquery",
    "hadoop": "hadoop",
    "hive": "hive",
    "jira": "jira",
    "aws": "aws, amazon web services",
    "gcp": "gcp, google cloud",
    "azure": "azure",
    "terraform": "terraform",
    "rust": "rust",
    "java": "java",
    "scala": "scala",
    "spark": "spark",
    "dbt": "dbt",
    "airflow": "airflow",
    "snowflake": "snowflake",
    "postgres": "postgres, postgresql",
    "php": "php",
    ".net": ".net, dotnet",
    "c#": "c#, c sharp",
    "c++": "c++, cpp",
    "ml": "ml, machine learning",
    "llm": "llm, llms, large language model, large language models, gen ai, genai",
    "ai": "ai",
    "kotlin": "kotlin",
    "swift": "swift",
    "ruby": "ruby, ruby on rails, rails",
    "elixir": "elixir",
    "haskell": "haskell",
    "clojure": "clojure",
    "django": "django",
    "flask": "flask",
    "fastapi": "fastapi",
    "vue": "vue, vuejs, vue.js",
    "angular": "angular",
    "svelte": "svelte",
    "next.js": "next.js, nextjs",
    "docker": "docker",
    "kafka": "kafka",
    "mongodb": "mongo, mongodb",
    "mysql": "mysql",
    "redis": "redis",
    "graphql": "graphql",
    "elasticsearch": "elasticsearch, elastic search",
    "databricks": "databricks",
    "bigquery": "bigquery",
    "pytorch": "pytorch",
    "tensorflow": "tensorflow",
    "linux": "linux",
    "sql": "sql",
    "ios": "ios",
    "android": "android",
    "flutter": "flutter",
    "react native": "react native",
    "salesforce": "salesforce",
    "sap": "sap",
    "cobol": "cobol",
    "perl": "perl",
    "mainframe": "mainframe, mainframes",
    "embedded": "embedded, embedded c, embedded systems",
    "data engineering": "data engineering",
    "cloud": "cloud, cloud native",
    "serverless": "serverless",
    "ansible": "ansible",
    "jenkins": "jenkins",
    "wordpress": "wordpress",
    "excel": "excel",
    "matlab": "matlab",
    "unity": "unity",
    "unreal": "unreal, unreal engine",
    "microservices": "microservices, micro services, micro-services",
}

TECHNOLOGY: dict[str, str] = {
    phrase.strip(): name for name, phrases in _NAMES.items() for phrase in phrases.split(",")
}
"""Phrase (one to three words) -> canonical technology name."""

# "go" is the language only in a list or after "in"/"and"/"or" - never "go back", "go below".
GO = (
    r"(?<![\w.])go(?:(?<=[,/+] go)|(?<=\bin go)|(?<=\band go)|(?<=\bor go)|(?<=\bof go)|(?<=^go))"
    r"(?! to\b| back\b| for\b| with\b| into\b| through\b| on\b| up\b| down\b| out\b| over\b| ahead\b| below\b| above\b| beyond\b)(?![\w])"
    r"|(?<![\w.])go(?= (?:and|or|\+|/) (?:rust|python|java|kotlin|typescript|kubernetes)\b)"
)
