r"""The tenth fresh set of answer-equivalence cases, helper "c", second part: the GPQA-Diamond
human annotations of nikhilchandak/answer-matching. Sources, sampling rule and what was left out
are described in the docstring of equiv_fresh10_c.py; in short: the first 60 rows of
``src/visualize_resps/annotation/saves/nikhil_gpqa2.jsonl`` @ 2124e441ec52ea56c3e9aa3ae2bf58251176348a,
matched on (question_id, model, response) with the second annotator's ``ameya_gpqa2.jsonl``; a row
is kept when both gave the same ``rating_match``, 5 (True) or 1 (False), and the reference contains a
digit; rows 9 (verdict depends on the question's numbered list) and 49 (label contradicts
k = 1/(4 pi epsilon_0)) are left out. 38 rows, 13 labelled True. The responses are the models' short
final answers (``wrap`` True, except row 4 whose response already carries ``\boxed{}``). No license
file at the top of the repository; the rows are quoted as evaluation data, with attribution. Do not
tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ANSWER_MATCHING = "nikhilchandak/answer-matching"
AM_COMMIT = "2124e441ec52ea56c3e9aa3ae2bf58251176348a"
AM_GPQA = f"src/visualize_resps/annotation/saves/nikhil_gpqa2.jsonl@{AM_COMMIT}"

# (row, question_id, model, both annotators rated 5, answer, response): the rows kept.
GPQA_ROWS: list[tuple[int, str, str, bool, str, str]] = [
    (0, "rec0wZvZgiz320KRs", "deepseek/deepseek-chat-v3-0324", True, "-0.7", "-0.7"),
    (1, "recRgabRzMaEoBRcM", "deepseek/deepseek-chat-v3-0324", False, "4", "2"),
    (2, "recDj2Y2BbtV02Wv5", "qwen/qwen3-32b", False, "c2h", "Cs"),
    (
        3,
        "rec2fsnzUuvNtUYK8",
        "meta-llama/llama-4-maverick",
        False,
        "triphenylenotrifuran-1,3,6,8,11,13-hexaone",
        "BF3",
    ),
    (
        4,
        "rec6sE2CRtD4drtHg",
        "qwen/qwen3-32b",
        False,
        r"M_{h_{2}}^{2}=\frac{1}{8\pi^{2}\left(x^{2}+v^{2}\right)}\left\{ \alpha_{1}M_{h_{1}}^{4}+\alpha_{2}M_{W}^{4}+\alpha_{3}M_{Z}^{4}-\alpha_{4}M_{t}^{4}+\alpha_{5}M_{H^{\pm}}^{4}+\alpha_{6}M_{H^{0}}^{4}+\alpha_{7}M_{A^{0}}^{4}-\alpha_{8}\sum M_{N_{i}}^{4}\right\}",
        r"\boxed{\frac{g y x}{4\sqrt{2}\pi}}",
    ),
    (
        7,
        "reca44yABeO2fx7UB",
        "qwen/qwen3-32b",
        False,
        "6-hydroxy-2,2,5,5-tetramethyloctan-4-one",
        "3,3,6,6-tetramethylhept-1-en-4-one",
    ),
    (
        8,
        "recZWeueB7lSPR6wN",
        "meta-llama/llama-4-maverick",
        False,
        "((R)-((R)-2,2-difluorocyclohexyl)fluoromethyl)benzene",
        "2-(fluoro(phenyl)methyl)cyclohexanone",
    ),
    (13, "recD8oX1KevFbl7bL", "qwen/qwen3-32b", True, "Mutant 2", "Mutant 2"),
    (14, "recQiWOxhkXRz9NVE", "meta-llama/llama-4-maverick", True, "C2v", "C2v"),
    (16, "recrNbtgTNoabJJi6", "qwen/qwen3-32b", False, "3", "1"),
    (17, "recN4DY9Q5V03glmQ", "meta-llama/llama-4-maverick", False, "251.271 fm", "35.84"),
    (
        18,
        "recnGEpF1srQpaqWq",
        "meta-llama/llama-4-maverick",
        False,
        "4-ethyl-3-methyldeca-1,5-diene",
        "3-butylnona-1,5-diene",
    ),
    (21, "recJZ3QEfRKjYw9a7", "meta-llama/llama-4-maverick", False, "6", "5"),
    (22, "recrs0kUo7Ua1xhKO", "meta-llama/llama-4-maverick", True, "r=(0,0,0)", "Origin"),
    (
        23,
        "recS48OsU6kVadBPW",
        "deepseek/deepseek-chat-v3-0324",
        True,
        "v_rel = 0.14c , E= 5.96 mc^2",
        r"Relative speed: \( \frac{1}{7}c \approx 0.1429c \), Total energy: \( \approx 5.9641m c^2 \)",
    ),
    (
        26,
        "recEmTBhx2hgw6tPQ",
        "deepseek/deepseek-chat-v3-0324",
        False,
        "(3aR,4R,7S,7aS)-4,7-dimethyl-3a,4,7,7a-tetrahydro-4,7-epithioisobenzofuran-1,3-dione",
        "The EXO product is 4,7-dimethyl-5,6-thiophane-1,3-dione-2,5-dicarboxylic anhydride, with the anhydride carbonyl groups oriented exo (away from the thiophene ring).",
    ),
    (
        27,
        "rec9GugrngvsQR99A",
        "meta-llama/llama-4-maverick",
        True,
        "A = benzoquinone, B = methyl 2-hydroxypropanoate",
        "A: benzoquinone, B: methyl 2-hydroxypropanoate",
    ),
    (28, "rec2UlKqC6RFHdcro", "openai/gpt-4o", False, "2.6*1e5 GeV", r"261 \, \text{GeV}"),
    (
        29,
        "recZt4x514UQNnsgy",
        "deepseek/deepseek-chat-v3-0324",
        False,
        "methyl (2E,8E,10E)-tetradeca-2,8,10-trienoate",
        "1,3-butadiene and methyl 2-propylacrylate",
    ),
    (30, "rechtUKxC6G67H7Pr", "openai/gpt-4o", False, "C6H10O2", "C3H4O2"),
    (
        31,
        "recVEXvhYxAhELVqB",
        "meta-llama/llama-4-maverick",
        False,
        "2-(4-methylstyryl)oxirane",
        "2-methylcinnamaldehyde",
    ),
    (
        32,
        "recO3hvCWRGiG0odN",
        "meta-llama/llama-4-maverick",
        False,
        "1. NaNH2, methyl chloride\n2. H2/Pd-calcium carbonate\n3. O3/ (CH3)2S\n4. Ba(OH)2",
        "H2O, H+; NaOH; NaBH4",
    ),
    (
        33,
        "recakFKZioXUuldcd",
        "deepseek/deepseek-chat-v3-0324",
        False,
        "bicyclohept-6-ene",
        "cyclopentene",
    ),
    (
        34,
        "recn3NhOhqAPLda16",
        "openai/gpt-4o",
        False,
        "5 Peaks in chiral HPLC and 4 peaks in normal-phase HPLC",
        "3",
    ),
    (35, "recAAJoHMW45Lv5je", "deepseek/deepseek-chat-v3-0324", False, "18", "20"),
    (
        38,
        "recxsX66ktJ1Lwt4f",
        "openai/gpt-4o",
        True,
        "4-chlorobenzoic acid",
        "4-chlorobenzoic acid",
    ),
    (39, "recmkvk6EFAmqyMxR", "qwen/qwen3-32b", True, "54", "54.2"),
    (
        42,
        "receo3UUzRvWCqyfA",
        "openai/gpt-4o",
        False,
        "A = TsOH, B = 3-(2-oxocyclohexyl)propanal",
        "A: H3O+; B: N-cyclohexylidene-piperidine",
    ),
    (
        43,
        "recZSGUkn56v9kEp1",
        "deepseek/deepseek-chat-v3-0324",
        False,
        "3,4-dimethyl-5,6-dioxooctanoic acid",
        "2,3-dimethyl-4-oxohexanedial",
    ),
    (
        44,
        "recnawZPumSCLMVgp",
        "deepseek/deepseek-chat-v3-0324",
        False,
        "3,4-dimethylcyclohexan-1-one",
        "1,2-dimethyl-3-cyclopenten-1-one",
    ),
    (
        45,
        "recHVUd2DkoKfedJZ",
        "meta-llama/llama-4-maverick",
        False,
        "A = (i) LDA, DME (ii) CH3CH2I (iii) H3O+ B = heptan-4-one",
        "NaBH4",
    ),
    (
        46,
        "reckYqR92oJkqJXkE",
        "deepseek/deepseek-chat-v3-0324",
        True,
        "~ 1/plx^4",
        r"The number of stars per unit range of parallax is proportional to \( \text{plx}^{-4} \).",
    ),
    (
        47,
        "recs3PLPUEMiqg4P8",
        "qwen/qwen3-32b",
        False,
        "A = 1-(hydroxydi-p-tolylmethyl)cyclopentan-1-ol, B = methyl 3-oxo-2-(p-tolyl)butanoate",
        "A: 2,2-di-p-tolylcyclohexane-1,2-diol; B: methyl 3-oxo-2-(p-tolyl)butanoate",
    ),
    (
        48,
        "rec1zl5LvaatzGhFt",
        "meta-llama/llama-4-maverick",
        True,
        r"(\cos(\theta/2), \sin (\theta/2))",
        r"\begin{pmatrix} \cos(\frac{\theta}{2}) \\ \sin(\frac{\theta}{2}) \end{pmatrix}",
    ),
    (
        52,
        "rechKl68Uc6H7vU0N",
        "deepseek/deepseek-chat-v3-0324",
        False,
        "A = ethyl 3-(3-ethyl-1,3-dimethyl-2-oxocyclohexyl)propanoate, B = 3-methyl-4-nitrohexanenitrile",
        "A: Ethyl 3-(2-ethyl-2,6-dimethylcyclohex-1-one-6-yl)propanoate  \nB: 3-oxopentanenitrile",
    ),
    (54, "recmI7EiLv72PxmYK", "qwen/qwen3-32b", True, "3 060 000 km.", "3.06 × 10⁶"),
    (56, "recI1ls9OXdxatHQn", "meta-llama/llama-4-maverick", True, "0.85", "0.849"),
    (58, "recWzUUYBN0NuXO2k", "meta-llama/llama-4-maverick", True, "4.26; 8.52", "4.256, 8.517"),
]


CASES: list[dict] = [
    _c(
        ANSWER_MATCHING,
        AM_GPQA,
        answer,
        response,
        r"\boxed" not in response,
        ok,
        f"GPQA nikhil_gpqa2.jsonl row {i} (question {qid}, {model}): both annotators rated {5 if ok else 1}",
    )
    for i, qid, model, ok, answer, response in GPQA_ROWS
]
