"""Hand-written résumés for the scenario people (see ``content_scenarios``).

Two wordings of one senior Python backend career (A and B) let a pair be equally skilled yet
read differently; a mid-level and a tech-lead version cover the other scenarios.
"""

# Two wordings of one senior Python backend career. Slots: name, city, current title, years
# in words, companies (+ blurb), role start/end years, degree, university, graduation year,
# skills line and an optional extra bullet for the current role.
RESUME_SENIOR_A = """{name}
{current_title} · {city}

Summary
Backend engineer with {years_words} years of experience designing and running Python services \
for payments and invoicing products. Most at home owning a service end to end: data model, \
API, on-call and the migrations nobody else wants. Comfortable with event-driven systems on \
Kafka and large PostgreSQL databases.

Experience
{current_title} — {company_now} ({now_start}–present)
{company_now_blurb}
• Led the rebuild of the invoice reminder service in Python (FastAPI) and PostgreSQL; overdue \
invoices fell by 18% for customers who enabled it
• Moved webhook delivery onto Kafka with idempotent consumers, handling 3.5M events a day \
without duplicate sends
• Cut p95 latency of the public invoices API from 850 ms to 140 ms by reworking the hottest \
queries and adding read replicas
• Mentor two mid-level engineers and run the team's design review every other week{extra}

Backend Engineer — {company_prev} ({prev_start}–{prev_end})
• Built the merchant payout scheduler in Django and Celery, paying out €40M a month
• Migrated 14 services from a shared database to service-owned schemas with zero downtime
• Introduced structured logging and tracing; mean time to resolve incidents dropped by 35%

Software Engineer — {company_first} ({first_start}–{first_end})
• Built internal REST APIs for order management in Python and PostgreSQL
• Wrote the team's first integration test suite, running in CI on Docker

Education
{degree}, {university} ({grad_year})

Skills: {skills_line}
"""

RESUME_SENIOR_B = """{name}
{city} — {current_title}

Profile
{years_words_cap} years building Python backend services, mostly in invoicing and payments. I \
like owning services from the schema to the pager, and I've spent the last few years on \
Kafka-based event pipelines and big PostgreSQL databases.

Work history
{company_now} · {current_title} · {now_start}–now
{company_now_blurb}
- Rebuilt the payment-reminder service on FastAPI and PostgreSQL; customers using it saw 18% \
fewer overdue invoices
- Put webhook delivery on Kafka with idempotent consumers — 3.5M events a day, no duplicate sends
- Brought p95 latency on the public invoicing API down from 850 ms to 140 ms (query rework, \
read replicas)
- Mentoring two mid-level engineers and running a fortnightly design review{extra}

{company_prev} · Backend Engineer · {prev_start}–{prev_end}
- Wrote the merchant payout scheduler (Django, Celery) moving €40M a month
- Split 14 services off a shared database onto their own schemas, no downtime
- Added structured logging and tracing, cutting incident resolution time by about a third

{company_first} · Software Engineer · {first_start}–{first_end}
- Internal order-management APIs in Python and PostgreSQL
- Set up the first CI integration test suite on Docker

Education: {degree}, {university}, {grad_year}
Skills: {skills_line}
"""

RESUME_MID = """{name}
{current_title} · {city}

Summary
Backend engineer with {years_words} years of professional experience in Python, building APIs \
and data-heavy services for fintech products. Strong on fundamentals, testing and PostgreSQL; \
growing into system design and service ownership.

Experience
{current_title} — {company_now} ({now_start}–present)
• Built the bank-feed import service in Python and FastAPI, processing 600k transactions a day
• Added idempotency keys and retries to the payments webhook consumer, removing a weekly class \
of support tickets
• Wrote the migration plan that moved the transactions table (400M rows) to a partitioned \
layout{extra}

Junior Software Engineer — {company_prev} ({prev_start}–{prev_end})
• Django REST APIs for a bookkeeping product; raised test coverage from 45% to 80%
• Built internal admin tools used daily by the support team

Education
{degree}, {university} ({grad_year})

Skills: {skills_line}
"""

RESUME_TECH_LEAD = """{name}
{current_title} · {city}

Summary
Backend engineer and de facto tech lead with {years_words} years of experience. For the last \
two years I have led a team of five on our core ledger platform — planning, design reviews, \
hiring loops and weekly mentoring — without the management title. Hands-on in Python and Go, \
comfortable with Kubernetes and Terraform.

Experience
{current_title} — {company_now} ({now_start}–present)
{company_now_blurb}
• Lead a team of five engineers on the ledger platform; set quarterly goals with product and \
run planning
• Drove the move from a monolith ledger to an event-sourced service in Go; reconciliation \
breaks fell by 70%
• Designed the team's hiring loop and interviewed 60+ candidates; hired three engineers
• Run weekly mentoring sessions; two engineers promoted to senior in the last 18 months
• Wrote the incident review process now used across engineering{extra}

Senior Backend Engineer — {company_prev} ({prev_start}–{prev_end})
• Built the card authorisation service in Python, handling 400 requests a second at peak
• Led a three-person project moving infrastructure to Kubernetes and Terraform
• Introduced architecture decision records and a fortnightly design review

Backend Engineer — {company_first} ({first_start}–{first_end})
• Python and PostgreSQL services for a B2B marketplace; owned the search indexing pipeline
• Organised the company's internal tech talks

Education
{degree}, {university} ({grad_year})

Skills: {skills_line}
"""
