r"""A hundred-and-fifteenth fresh set of answer-equivalence cases (evaluation only; helper "a": answers
involving special functions whose two forms a person settles -- integrals and sums written with erf
and erfc, the Gamma and Beta functions (\Gamma(1/2) against \sqrt{\pi}, B(a,b) against a Gamma
quotient, \Gamma(n+1/2) against a double factorial), factorials and double factorials (7!! against
105, n!! against (n!)!), Bessel functions (J_{1/2}, I_0, 0F1 forms), the polylogarithm and zeta
values (\mathrm{Li}_2(1/2) against \frac{\pi^2}{12}-\frac{\ln^22}{2}, \zeta(2) against \pi^2/6,
\eta(2), \beta(3), Catalan's constant), Lambert W (two branches, \log(W(e^2)) against 2-W(e^2)),
digamma values, the Fresnel integral, the complete elliptic integral K and hypergeometric forms (2F1
against arctan, arcsin and logarithms) -- where a CAS output, a textbook or manual form and a Q&A
answerer's form are said to be equal, or one is refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool) and from
GitHub issue threads (the ``issues`` corpus); no code or other corpus was used. No earlier set used
them: each URL or page id, and domain plus a distinctive part of its path, was grepped in bench/ and
checked against every /work/wt/fresh*_claims/claims.txt, and each page was claimed in
/work/wt/fresh115_claims/claims.txt before use (pages on a domain an earlier set used, such as
math.techqa.club, kiwix.lukehooper.xyz, tinkutara.com or zwurc.blogspot.com, are other pages than
the ones used there). Each case gives the reference answer (``gold``: the form the page gives as its
answer, or the first form it gives), the prediction (``pred``: another form the page equates with
it, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. For a web page ``repo`` is the domain of the stored copy and ``where`` its full
URL; for an issue thread ``repo`` is owner/name and ``where`` is ``issues/N`` (issue thread, no
licence file applies); every web page has no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh115_a2.py, bench/equiv_fresh115_a3.py and bench/equiv_fresh115_a4.py (same rules;
their sources are listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX with the page's
own macros and spacing (proofwiki's "\map \Gamma {\dfrac 1 2}", "\paren" and "\dfrac 2 3",
physicsforums' "\pmb{...}" and "\over", tinkutara's "\mathrm{ln}\:\mathrm{2}", mathoverflow's
"\biggl(", techqa's "{(2n)! \over 4^n n!} \sqrt{\pi}"), CAS and plain-text forms kept as printed
(SymPy's "-polylog(2, exp_polar(I*pi))/2 + pi**2/12", Symata's "(1/24)*(Pi^2)", Mathematica's
"Hypergeometric2F1[b, a, a + 1, z]" and "EllipticK[1/2]", Maple's "EllipticK(1/sqrt(2))" and
"hypergeom([1/2,1/2],[1],1/2)", REDUCE's "- erf(xx) + 1", MATLAB's "(n-1)!*2!/(n+2)!", socratic's
"Li_2(-1) - Li_2(0)"), and the Unicode of "9‼" and of apfloat's "ν" kept. Inline and display dollar
signs, "\color{red}{...}" wrappers around a whole answer, alignment marks "&", equation tags and a
lead-in such as "x =", "I =" or "J(a)=" are dropped. Where a page writes "A = B = C" for one
computation, the value it reaches (C) is the gold and each earlier form a True case; where it states
an identity between two functions (A = B), A is the gold, unless the page computes a value, which is
then the gold; for a CAS bug report the value the reporter or maintainer says is right is the gold
and the program's output the pred. Readings, each noted in ``why``: the A093341 forms are the
arguments of the page's Maple and Mathematica program lines (evalf(...), RealDigits[N[...]]) for one
constant, Maple's EllipticK taking the modulus k and Mathematica's the parameter m = k^2; techqa
3266993's branch table is read as refusing the principal-branch form for the root 4; sitmo's N is
the normal CDF the page defines; the mathics refusal of 0 rests on the issue's title and report; the
puruspe and brython refusals are of program outputs that the maintainers call wrong and fixed.

Sources (domain or repository, URL or issue, what is settled; all web pages, no licence file; all
issue threads, no licence file applies):

- kiwix.lukehooper.xyz, a copy of math.stackexchange 2951945 (sum of 2^{-n}/n^2: "According to
  Wolfram Alpha ... = \frac{\pi^2}{12}-\frac{\ln^22}{2}", "... =
  \mathrm{Li}_2\left(\frac{1}{2}\right)"; mrtaurho: "your sum equals
  $\operatorname{Li}_2\left(\frac12\right)$ and not $\operatorname{Li}_2(2)$"). 3 cases (1 False).
- kiwix copy of math.stackexchange 3260800 ("your sum is given by $S=\frac12\mathrm{Li}_2(\frac12)$
  ... $S=\frac{\pi^2}{24}-\frac{\ln^2(2)}{4}$"). 1 case.

Sources of bench/equiv_fresh115_a2.py:

- kiwix copy of math.stackexchange 466944 ("\frac{\pi^2}{12}-\frac{1}{2}\log(2)^2" without "the
  well-known $\operatorname{Li}_2\left( \frac{1}{2} \right)$"; the asker's comment writes
  "\frac{\pi^2}{12}-\frac{1}{2} \log^2(2)"). 2 cases.
- sympy/sympy issues/7132 ("polylog(2, 1/2) ... The answer should be -log(2)**2/2 + pi**2/12"). 1
  case.
- sympy/sympy issues/14055 ("The sum is pi**2/8"; simplify gives "-polylog(2, exp_polar(I*pi))/2 +
  pi**2/12"; "-polylog(2, exp_polar(I*pi))/2 == pi**2/24"). 1 case.
- jlapeyre/Symata.jl issues/23 ("Sum( 1/(2*n+1)^2, [n,0,Infinity]) is wrong", "The result should be
  `(Pi^2)/8`", output "(1/24)*(Pi^2)", a polylog bug). 1 case (1 False).
- socratic.com answers/633822 ("int_0^1 lnx/(1+x) dx = -pi^2/12", "I = -[Li_2(-x)]_0^1 = Li_2(-1) -
  Li_2(0)"). 1 case.
- mathhelpforum.com threads/integral.145855 ("\zeta (2) = \sum ... = Li_{2} (1) = -\int^{1}_{0}
  \frac{\ln(1-x)}{x} \ dx"). 1 case.
- kiwix copy of math.stackexchange 215343 ("-\zeta(2) = -\frac{\pi^2}{6}"). 1 case.
- math.techqa.club 3711903 ("I= -\sum_{n=1}^{\infty} \frac{1}{n^2}", "I=-\frac{\pi^2}{6}"). 1 case.
- kiwix copy of math.stackexchange 402451 (odd squares: "\dfrac34 \zeta(2)", "\frac{\pi^2}{8}"). 1
  case.
- math.techqa.club 2689983 ("\frac{3}{4}\frac{\pi^2}{6} = \frac{\pi^2}{8}"). 1 case.
- www.physicsforums.com 502502 (to show "\frac{\pi^2}{8}"; the asker reaches "\frac{\pi^2}{16}": "I
  get to an absurd ... I'm doing something wrong"). 1 case (1 False).
- kiwix copy of math.stackexchange 1339717 ("\eta(2)=(1-2^{1-2})\zeta(2)=\frac{\pi^2}{12}"). 1 case.
- kiwix copy of math.stackexchange 2727593 ("=\frac{\pi^3}{32}" "which is also known as
  $\beta(3)$"). 1 case.
- newbetuts.com 316745, a copy of math.stackexchange 316745 (int_0^1 log^2(1+x)/x dx through
  Li_2(1/2) and Li_3(1/2), ending "= \frac{\zeta(3)}4"; "\sum_{n=1}^\infty\frac2{n^3} = 2\zeta(3)").
  2 cases.
- mpmath/mpmath issues/358 ("The correct value is zeta(0, 1/2) = 0."; "Fixed."). 1 case.
- kiwix copy of math.stackexchange answer 2139531 (int_0^1 arctan(x)/x dx:
  "1-\frac{1}{9}+\frac{1}{25}-\frac{1}{49}+\ldots = K ... Catalan's constant",
  "\sum^{\infty}_{n=0}\frac{(-1)^n}{(2n+1)^2}"; the asker's "\frac {\pi} {12}+\frac 23" is
  "approximately 0.928466" against Wolfram's 0.915966: "I suspect I have made some mistake"). 2
  cases (1 False).
- nas.kiwix.willjohnsmith.com, a copy of proofwiki "Gamma Function of One Half" ("\map \Gamma
  {\dfrac 1 2} = \sqrt \pi"; Proof 2: "\pm \sqrt \pi" ... "the negative square root can be
  discarded"; "\map \Beta {\dfrac 1 2, \dfrac 1 2} = \pi"). 3 cases (1 False).
- kiwix copy of math.stackexchange 1211345
  ("\left(-\frac{1}{2}\right)!=\Gamma\left(\frac{1}{2}\right)", "= \color{red}{\sqrt{\pi}}"). 2
  cases.
- kiwix copy of math.stackexchange 4044163 ("\left(\cfrac{1}{2}\right)! = \cfrac {\sqrt {\pi}}{2}").
  1 case.
- proofwiki.org "Gamma Function of Minus One Half" ("\map \Gamma {-\dfrac 1 2} = -2 \sqrt \pi"). 1
  case.
- nas.kiwix.willjohnsmith.com, proofwiki "Gamma Function of Minus 3 over 2" ("-\dfrac 2 3 \paren {-2
  \sqrt \pi} = \dfrac {4 \sqrt \pi} 3"). 1 case.
- nas.kiwix.willjohnsmith.com, proofwiki "Gamma Function of Minus 5 over 2" ("\map \Gamma {-\dfrac 5
  2} = -\dfrac {8 \sqrt \pi} {15}"). 1 case.
- mathics/Mathics issues/754 ("Gamma[1/2] == Sqrt[Pi] yet it evaluates to zero" on an out-of-date
  server). 2 cases (1 False).
- brython-dev/brython issues/1112 ("math.gamma(2) should return 1", "it returns 1.999999999999998
  instead"). 1 case (1 False).
- Axect/puruspe issues/36 ("`gamma(1.0)` should return `1.0`, but returns `0.9999999999947677`
  instead"; fixed). 1 case (1 False).
- math.techqa.club 571629 ("ATTENTION $4!=\Gamma(5)$"). 1 case.
- imathworks.com "evaluating-b3-45-4-without-the-legendre-duplication-formula"
  ("B(3/4,5/4)=...=\Gamma(3/4)\Gamma(5/4)", "equals $2^{-1/2}\sqrt{\pi}\Gamma(3/2)$", "a final
  answer of $\frac{\pi}{2\sqrt{2}}$"). 3 cases.
- proofwiki.org "Definite Integral from 0 to Half Pi of Odd Power of Sine x/Proof 2" (a chain from
  "\frac 1 2 \map \Beta {n + 1, \frac 1 2}" through Gamma values to "\dfrac {\paren {2^n n!}^2}
  {\paren {2 n + 1}!}"). 2 cases.
- www.physicsforums.com 765908 (the integral "Has a Factorial Form: {(2^a a!)}^2 \over (2a+1)!";
  Mathematica returns a Gamma quotient; "Griffiths just says that integral equals
  (2*4*...2a)/(1*3*5...*[2a+1])"). 2 cases.
- kiwix copy of math.stackexchange 575737 (Mathematica's
  "\sqrt\pi\frac{\Gamma(\frac{1+n}{2})}{\Gamma(1+\frac{n}{2})}"; comment: "The right hand side reads
  ...=\mathrm B(\tfrac{1}{2},\tfrac{1}{2}+\tfrac{n}{2})"). 2 cases.

Sources of bench/equiv_fresh115_a3.py:

- www-fourier.ujf-grenoble.fr giac manual node79, Beta ("Input : Beta(5,2) Output : 1/30", "Input :
  Beta(x,y) Output : Gamma(x)*Gamma(y)/Gamma(x+y)"). 2 cases.
- www.mathworks.com MATLAB reference "beta" ("beta(n,3) = (n-1)!*2!/(n+2)! = 2/(n*(n+1)*(n+2))"). 2
  cases.
- gist.521000.best, a copy of GitHub gist md2perpe/3c9d1b8a990806ceb161f0999f0aedfc ("=
  \frac{\Gamma(m+1)\Gamma(n+1)}{\Gamma((m+1)+(n+1))} = \frac{m!\,n!}{(m+n+1)!}", "B(x,y) =
  \frac{\Gamma(x)\Gamma(y)}{\Gamma(x+y)}"). 2 cases.
- sympy/sympy issues/26477 ("gamma(x)*gamma(y)/gamma(x + y) # correct" after simplify; for
  beta(x+0.5, y) a result marked "# ???"; for beta(x+0.5, 1.5) "# only a sign error"). 3 cases (2
  False).
- math.techqa.club 1154366 ("\Gamma\left(\frac{1}{2}+n\right) = {(2n)! \over 4^n n!} \sqrt{\pi} =
  \frac{(2n-1)!!}{2^n} \sqrt{\pi} = \sqrt{\pi} \left[ {n-\frac{1}{2}\choose n} n! \right]"). 2
  cases.
- newbetuts.com 1444967, a copy of math.stackexchange 1444967 ("\frac{(2n)!\sqrt{\pi}}{2^{2n}n!}";
  "=\frac{(2n-1)!}{2^{2n-1}(n-1)!}\Gamma\left( \frac{1}{2}\right)"). 1 case.
- math.techqa.club 4693004 ("Is this correct $\Gamma(n+\frac{1}{2}) = \frac{\sqrt{\pi}
  }{2^n}\cdot\prod_{k=1}^{n} (2k - 1)$?"; the answer derives it: "Therefore, ..."). 1 case.
- math.techqa.club 1850941 ("\frac{(2n+1)!!}{2^{n+1}}\sqrt \pi = \frac{(2n+1)!}{2^{2n+1}\,n!}\sqrt
  \pi"; "J_{(1/2)} (x) = \sqrt{\frac2{\pi x}}\cdot \sin x", "as was to be shown!"). 2 cases.
- imathworks.com "proof-of-a-gamma-function-double-factorial-identity"
  ("\sqrt{(-1)^n\frac{\Gamma(n+1/2)}{\Gamma(1/2-n)}} = \frac{(2n-1)!!}{2^n}";
  "\Gamma(1/2-n)\Gamma(n+1/2)=(-1)^n\,\pi"). 3 cases.
- planetmath.org DoubleFactorial ("$7!!=7\cdot 5\cdot 3\cdot 1=105$", "Note that $n!!$ is not the
  same as $(n!)!$", "$(2n)!!=2^{n}n!$ and $(2n+1)!!=\frac{(2n+1)!}{2^{n}n!}$"). 4 cases (1 False).
- setrst.blogspot.com "double-factorial" ("(2n-1)!!=(2n)!/((2^n)*n!)"). 1 case.
- mathforum.org Ask Dr. Math 56085 ("(5!)! = 120!, a much larger number than 5!! = 15"). 2 cases (1
  False).
- comnuan.com cmnn02019 ("$4!!=4\cdot 2=8 $ but $(4!)!=24!=620448401733239439360000$"). 2 cases (1
  False).
- ok-techbrokedad.xyz, a copy of Wikipedia (mini) "Double factorial" ("9‼ = 9 × 7 × 5 × 3 × 1 =
  945"). 1 case.
- zwurc.blogspot.com 2018/02, a copy of a Q&A thread
  ("\frac{4}{\pi}(\sqrt{2}-1)\frac{\sqrt{\pi}}{4}=\color{red}{\frac{\sqrt{2}-1}{\sqrt{\pi}}}"). 1
  case.
- chiselapp.com REDUCE 3.7 manual r37_0515, ERFC ("erfc(xx); - erf(xx) + 1"). 1 case.
- sitmo.com doc/Error_Function ("\text{Erfc}(x) &= 1 - \text{Erf}(x)", "\text{Erf}(x)  &= 2
  N(x\sqrt{2} ) - 1"). 2 cases.
- math.techqa.club 4457298 (three answers: "\frac{3}{32a^{5/2}}\sqrt{\frac\pi2}",
  "J(a)=\frac{\Gamma(\tfrac52)}{2(2a)^{5/2}}=\frac{3}{32}\sqrt{\frac{\pi}{2a^5}}"). 1 case.
- math.techqa.club 1159818 ("=\frac12\sqrt{\frac{\pi}2}=\frac{\sqrt{2\pi}}4"). 1 case.
- math.techqa.club 489582 ("J_{1/2}(x) = \sqrt{\frac{2}{\pi x}} \sum ... = \sqrt{\frac{2}{\pi x}}
  \sin x", the duplication formula "\Gamma(n+1)\Gamma(n+1+1/2) = 2^{-1-2n} \sqrt{\pi}
  \,\Gamma(2n+2)"). 2 cases.
- kiwix copy of math.stackexchange 1193543 ("=\frac{1/a}{\sqrt{1+1/a^2}}=\frac{1}{\sqrt{1+a^2}}" for
  a > 1). 1 case.
- math.stackexchange.com 1824437 (the asker's series and "Wolfram Alpha evaluates this series,
  giving ... =\frac{\pi}{2} \left(J_0 \left(\frac{1}{2} \right)\right)^2 ... This agrees with the
  numerical value"). 1 case.
- pilihbajumuslim.com, a proxied copy of OEIS A197036 ("I_0(1) = Sum_{k>=0} 1/(4^k*k!^2)", "Equals
  BesselJ(0,i)"). 1 case.
- mathforum.org MathGroup thread 1540175 (Paul Abbott: "Hypergeometric0F1[1, z^2/4] // FullSimplify
  BesselI[0, z]"). 1 case.

Sources of bench/equiv_fresh115_a4.py:

- mtommila/apfloat issues/31 (the maintainer lists "BesselJ[ν, z] == (z/2)^ν
  Hypergeometric0F1Regularized[ν + 1, -(z^2/4)]", "LaguerreL[n, z] == Hypergeometric1F1[-n, 1, z]",
  "LegendreP[n, z] == Hypergeometric2F1[-n, n + 1, 1, (1 - z)/2]"). 3 cases.
- mathoverflow.net a/423802 ("The following special cases are well-known:" six 2F1 values such as
  "{}_2F_1\biggl(\frac12,1;\frac32;-z^2\biggr)&=\frac{\arctan z}{z}"). 6 cases.
- mathematica.stackexchange.com 177085 ("Hypergeometric2F1[b, a, a + 1, z] == (a Beta[z, a, 1 -
  b])/z^a This identity is not restricted to any particular parameter values"). 1 case.
- oeis-frontend.somethingorotherwhatever.com, a copy of OEIS A093341 "lemniscate case" (programs for
  one constant: Maple "EllipticK(1/sqrt(2))", Mathematica "Gamma[1/4]^2 / (4*Sqrt[Pi])" and
  "EllipticK[1/2]"). 2 cases.
- 79.170.44.78, a proxied copy of OEIS A085565 ("Equals (1/4)*(2*Pi)^(-1/2)*GAMMA(1/4)^2.", "Equals
  Pi/sqrt(8)/agm(1,sqrt(1/2)).", "Equals Pi/sqrt(8)*hypergeom([1/2,1/2],[1],1/2)."). 2 cases.
- math.techqa.club 3995689 ("x=\log(W(e^2))=2-W(e^2)"; "the two solutions are consistent"). 1 case.
- math.techqa.club 3266993 (2^x = x^2: "\frac{W_0(-\tfrac{1}{2}\log 2)}{-\tfrac{1}{2}\log 2} &= 2",
  "\frac{W_{-1}(-\tfrac{1}{2}\log 2)}{-\tfrac{1}{2}\log 2} &=4"). 3 cases (1 False).
- wiki.rmanhart.org, a copy of math.stackexchange 2395825 ("x = e^{W\left(\ln z\right)}", "an
  equivalent solution is $$ x = \frac{\ln z}{W\left(\ln z\right)}"). 1 case.
- tinkutara.com 2023/06/04 "if-x-x-2-what-is-the-value-of-x" (mrW1:
  "{x}={e}^{{W}\left(\mathrm{ln}\:\mathrm{2}\right)}
  =\frac{\mathrm{ln}\:\mathrm{2}}{{W}\left(\mathrm{ln}\:\mathrm{2}\right)}"). 1 case.
- raw.org "book/analysis/lambert-w-function" ("W(0) = 0", "W(e) = 1"). 1 case.
- pilgrem.com ?p=1436 ("W(-1/e)=-1"). 1 case.
- symengine/symengine issues/853 ("Calling `lambertw(-1/E)` returns `lambertw(-1/E)` instead of
  `-1`."). 1 case.
- Qalculate/libqalculate issues/608 ("Should lambertw(pi*e**pi) return pi in exact mode?"; "Fixed
  (lambertw(x × e^x) = x for x ≥ −1)."). 1 case.
- symengine/symengine issues/806 ("`-pi/3 -3*log(2) - EulerGamma` but needs to be `-3*log(2) - pi/2
  - EulerGamma`", with SymPy's lookup "S(1)/4: -S.Pi/2 - 3*log(2) - S.EulerGamma"). 2 cases (1
  False).
112 cases in all (15 False): 4 here (1 False), 42 in bench/equiv_fresh115_a2.py (7 False), 40 in
bench/equiv_fresh115_a3.py (5 False), 26 in bench/equiv_fresh115_a4.py (2 False).

Removed by the project before the run (1 case): `2 N(x\\sqrt{2}) - 1` for `\\text{Erf}(x)`,
where N is the normal distribution function only by the page's definition (it was in
``equiv_fresh115_a3``; the counts below are those before the removal).

Left out, by rule: decimal values accepted only as approximations (wrathofthebarclay's and
tinkutara's 1.5596..., appliedclassicalanalysis' x = 2/W(2) ~ 2.34575, proofwiki's 1.77245...,
sitmo's Erfc(0.7), techqa 3266993's third root -0.766..., mse 1824437's 1.3834405...); answers up to
a constant of integration (socratic and its copies on int erf(x) dx, socratic's Ei(x)+C against its
series, proofwiki's primitive of erf, the Rubi steps in mathematica.SE 29362); identities that hold
only under a condition the answer does not carry (mathematica.SE 177085's Gauss sum with "/; Re[c -
a - b] > 0", Dr. Math's parity-dependent n!! formulas, mse 575737's J_{2k} and J_{2k+1}); forms the
text conversion garbled (vrftsjtryk.blogspot's "pi^2/12 =zeta(2)/2" without backslashes, the giac
manual's "$\displaystyle \beta$(n, 2)" and its erfc and normal_cdf fractions, resospace's AsciiMath
" "_2F_2, mathwords' double-factorial example); steps with a typo on the page (newbetuts 1444967's
"\frac{2n!}{2^{2n}n!}", proofwiki's "\paren {2 n!}" step, techqa 4693004's "(2n-3)\dots 2\cdot 1",
mse 2723580's Mathematica form); disputed or self-contradicting pages (askiitians 524655, which
reaches -(\pi/3) log(2) and then states -(\pi/2) log(2); a reddit copy giving W_{-1}(-ln2/2) the
root -0.7667; the ARQMath copy of mse 95518 whose answers flip a sign; techqa 1746677, whose answer
misstates erf; newbetuts 328074's "3\sqrt{2}\,\pi"); machine-written pages (brain.tamnd.com TAOCP
solutions, solvely.ai, math.bot, gauthmath, edubrain.ai, mathgpt.today, srexamen.com's SymPy steps,
carolannpeacock.com's spun copy) and calculator pages (calculatorlib.com, calcipedia.org); trivial
identities (mse 3455849's reordered \frac{3}{8}a^5\sqrt\pi).

Examined and not used: mse 3985927 and 4392615 (the stored text has no answer that settles the
asker's form), math.techqa.club 4026393, the ARQMath copy of mse 16020 and OEIS A013661 (used by
earlier sets), vrftsjtryk.blogspot (claimed, then garbled as above), cheenta.com (the stored text
stops before the key), physicsforums 66588 and sympy issue 26105 (no second form settled), the
mathworld and HandWiki lemniscate pages (formulas lost), MuPAD, Mathematica and HP forum texts that
are only in the Nemotron-CC-Math data set (a data set, not a page), DLMF GA.12 and the
specialfunctionswiki pages (definitions only), mse 1339717's "Your answer is wrong" (the asker's
answer is not in the stored text; only the eta(2) forms of that page were used), lemm.ee's
"e^W(W(ln(2))" (unbalanced), and the mpmath, scipy and lambert_w issues on numerical accuracy near
the branch point (no exact form).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KX = "kiwix.lukehooper.xyz"
KX_2951945 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/295"
    "1945/evaluating-sum-n-1-infty-frac-left-frac-1-2-right-n-n-2"
)
KX_3260800 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/326"
    "0800/closed-form-of-int-0-1-int-0-1-frac-1-1-frac-xy-2-dxdy"
)
KX_466944 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/466"
    "944/evaluate-the-series-sum-k-geq-1-frac-1-2-k-k-2"
)
KX_4044163 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/404"
    "4163/how-to-prove-this-left-cfrac-1-2-right-cfrac-sqrt-pi-2"
)
KX_1193543 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/119"
    "3543/integral-of-int-0-infty-e-ax-sigma-0-infty-frac-1-n-x-2n-4-n-n-2-dx"
)
KX_2727593 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/272"
    "7593/a-closed-form-for-infinite-series-sum-1-infty-frac-1-n-3-zeta-3"
)
KX_575737 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/575"
    "737/a-sin-n-x-integral"
)
KX_2139531 = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/a/2139531"
KX_215343 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/215"
    "343/int-0-1-frac-ln-1-x-x-without-power-series"
)
KX_402451 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/402"
    "451/evaluating-a-summation-of-inverse-squares-over-odd-indices"
)
KX_1211345 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/121"
    "1345/wonder-how-to-evaluate-this-factorial-left-frac-1-2-right"
)
KX_1339717 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/133"
    "9717/infinite-sum-sum-n-1-infty-frac-1-n-1-n-2"
)
ZW = "zwurc.blogspot.com"
ZW_ERF = "https://zwurc.blogspot.com/2018/02/integration-any-simple-way-for-proving.html"
TQ = "math.techqa.club"
TQ_3995689 = "https://math.techqa.club/why-log-w-e-2-2-w-e-2-3995689"
TQ_571629 = "https://math.techqa.club/how-to-solve-gamma-function-integral-for-4-571629"
TQ_3266993 = (
    "https://math.techqa.club/how-to-solve-for-third-solution-with-lambert-w-function-3266993"
)
TQ_1850941 = "https://math.techqa.club/bessel-function-of-the-first-kind-1850941"
TQ_4693004 = (
    "https://math.techqa.club/is-this-correct-gamma-n-frac-1-2-frac-sqrt-pi-2-n-cdot-prod-k-1"
    "-n-2k-1-4693004"
)
TQ_1154366 = "https://math.techqa.club/gamma-function-proof-of-gamma-g-1-2-sqrt-pi-1154366"
TQ_489582 = "https://math.techqa.club/bessel-function-to-sin-kr-489582"
TQ_3711903 = "https://math.techqa.club/integral-int-0-1-dfrac-ln-1-x-x-dx-3711903"
TQ_1159818 = (
    "https://math.techqa.club/updated-prove-completely-int-infty-0-cos-x-2-dx-frac-sqrt-2-pi-"
    "4-using-fresnel-integrals-1159818"
)
TQ_4457298 = "https://math.techqa.club/evaluating-integral-int-0-infty-x-4e-2a-x-2-dx-4457298"
TQ_2689983 = "https://math.techqa.club/computing-a-series-with-another-series-2689983"
IMW = "imathworks.com"
IMW_B34 = "https://imathworks.com/math/evaluating-b3-45-4-without-the-legendre-duplication-formula"
IMW_DF = "https://imathworks.com/math/proof-of-a-gamma-function-double-factorial-identity"
MO = "mathoverflow.net"
MO_423802 = "https://mathoverflow.net/a/423802"
MMA = "mathematica.stackexchange.com"
MMA_177085 = (
    "https://mathematica.stackexchange.com/questions/177085/strange-automatic-hypergeometric2"
    "f1-simplification"
)
GIAC = "www-fourier.ujf-grenoble.fr"
GIAC_BETA = "https://www-fourier.ujf-grenoble.fr/~parisse/giac/doc/en/cascmd_en/node79.html"
PWK = "nas.kiwix.willjohnsmith.com"
PWK_HALF = (
    "https://nas.kiwix.willjohnsmith.com/content/proofwiki_en_all_maxi_2025-07/Gamma_Function"
    "_of_One_Half"
)
PWK_M32 = (
    "https://nas.kiwix.willjohnsmith.com/content/proofwiki_en_all_maxi_2025-07/Gamma_Function"
    "_of_Minus_3_over_2"
)
PWK_M52 = (
    "https://nas.kiwix.willjohnsmith.com/content/proofwiki_en_all_maxi_2025-07/Gamma_Function"
    "_of_Minus_5_over_2"
)
PW = "proofwiki.org"
PW_SIN = (
    "https://proofwiki.org/wiki/Definite_Integral_from_0_to_Half_Pi_of_Odd_Power_of_Sine_x/Proof_2"
)
PW_MHALF = "https://proofwiki.org/wiki/Gamma_Function_of_Minus_One_Half"
PM = "planetmath.org"
PM_DF = "https://planetmath.org/DoubleFactorial"
SETRST = "setrst.blogspot.com"
SETRST_DF = "http://setrst.blogspot.com/2014/10/double-factorial.html"
RED = "chiselapp.com"
RED_ERFC = (
    "https://chiselapp.com/user/reduce-algebra/repository/reduce-historical/doc/e1a8550313052"
    "f0130f35176513e22c284f7336560fb6d56304d92811e5ef046/r37/lisp/csl/html/r37_0515.html"
)
SITMO = "sitmo.com"
SITMO_ERF = "http://sitmo.com/doc/Error_Function"
MSE = "math.stackexchange.com"
MSE_1824437 = (
    "https://math.stackexchange.com/questions/1824437/prove-int-0-pi-2-j-0-cos-x-dx-frac-pi2-"
    "leftj-0-left-frac12"
)
PBM = "pilihbajumuslim.com"
PBM_A197036 = "https://pilihbajumuslim.com/mastah-kampret/wNycmcv5ycpV2b6MHc0/A197036"
MF = "mathforum.org"
MF_1540175 = "http://mathforum.org/kb/thread.jspa?threadID=1540175&messageID=5550711"
MF_56085 = "http://mathforum.org/library/drmath/view/56085.html"
PF = "www.physicsforums.com"
PF_765908 = (
    "https://www.physicsforums.com/threads/relating-integral-of-powers-of-sin-b-w-0-and-pi-2-"
    "to-factorial-form.765908/post-4822391"
)
PF_502502 = (
    "https://www.physicsforums.com/threads/proving-the-sum-of-a-fourier-series-using-parseval"
    "s-relation.502502/"
)
NB = "newbetuts.com"
NB_1444967 = "https://newbetuts.com/1444967-proving-that-gamma-leftn-frac12right-frac2nsqrtpi22nn"
NB_316745 = "https://newbetuts.com/316745-how-to-evaluate-int-01fraclog21xxmathrm-dx"
MHF = "mathhelpforum.com"
MHF_145855 = "https://mathhelpforum.com/threads/integral.145855/"
SOC = "socratic.com"
SOC_633822 = "https://socratic.com/answers/633822"
OEF = "oeis-frontend.somethingorotherwhatever.com"
OEF_A093341 = "https://oeis-frontend.somethingorotherwhatever.com/A093341"
HDD = "79.170.44.78"
HDD_A085565 = (
    "http://79.170.44.78/hostdoctordemo.co.uk/downloads/vpn/index.php?q=aHR0cHM6Ly9vZWlzLm9yZ"
    "y9BMDg1NTY1"
)
RAW = "raw.org"
RAW_W = "https://raw.org/book/analysis/lambert-w-function/"
PIL = "pilgrem.com"
PIL_W = "https://pilgrem.com/?p=1436"
MWK = "www.mathworks.com"
MWK_BETA = "https://www.mathworks.com/help/matlab/ref/beta.html"
GIST = "gist.521000.best"
GIST_BETA = "https://gist.521000.best/md2perpe/3c9d1b8a990806ceb161f0999f0aedfc"
COMN = "comnuan.com"
COMN_DF = "https://comnuan.com/cmnn02/cmnn02019"
WIKIM = "ok-techbrokedad.xyz"
WIKIM_DF = "https://ok-techbrokedad.xyz/content/wikipedia_en_all_mini_2025-06/Double_factorial"
RMAN = "wiki.rmanhart.org"
RMAN_2395825 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/2395825/x-x-2-"
    "how-do-you-solve"
)
TINK = "tinkutara.com"
TINK_XX2 = "https://tinkutara.com/2023/06/04/if-x-x-2-what-is-the-value-of-x"
SYMPY = "sympy/sympy"
SYMPY_14055 = "issues/14055"
SYMPY_7132 = "issues/7132"
SYMPY_26477 = "issues/26477"
SYMATA = "jlapeyre/Symata.jl"
SYMATA_23 = "issues/23"
SE = "symengine/symengine"
SE_806 = "issues/806"
SE_853 = "issues/853"
MPM = "mpmath/mpmath"
MPM_358 = "issues/358"
QAL = "Qalculate/libqalculate"
QAL_608 = "issues/608"
APF = "mtommila/apfloat"
APF_31 = "issues/31"
MATHICS = "mathics/Mathics"
MATHICS_754 = "issues/754"
BRY = "brython-dev/brython"
BRY_1112 = "issues/1112"
PUR = "Axect/puruspe"
PUR_36 = "issues/36"

CASES = [
    # mse 2951945: sum 2^{-n}/n^2, Wolfram's form against Li_2(1/2); Li_2(2) refused
    _c(
        KX,
        KX_2951945,
        gold=r"\frac{\pi^2}{12}-\frac{\ln^22}{2}",
        pred=r"\mathrm{Li}_2\left(\frac{1}{2}\right)",
        wrap=True,
        expected=True,
        why=r"'According to Wolfram Alpha ... = \frac{\pi^2}{12}-\frac{\ln^22}{2}'; '... = \mathrm{Li}_2\left(\frac{1}{2}\right)'; answer: 'Li_2(1/2) = ... = \frac{\pi^2}{12} - \frac{1}{2} (\ln(2))^2'",
    ),
    _c(
        KX,
        KX_2951945,
        gold=r"\frac{\pi^2}{12}-\frac{\ln^22}{2}",
        pred=r"\frac{\pi^2}{12} - \frac{1}{2} (\ln(2))^2",
        wrap=True,
        expected=True,
        why=r"answer: '\mathrm{Li}_2 \left( \frac{1}{2} \right) = \sum_{n=1}^{\infty} \frac{1}{n^2 2^n}= \frac{\pi^2}{12} - \frac{1}{2} (\ln(2))^2'",
    ),
    _c(
        KX,
        KX_2951945,
        gold=r"\operatorname{Li}_2\left(\frac12\right)",
        pred=r"\operatorname{Li}_2(2)",
        wrap=True,
        expected=False,
        why=r"mrtaurho: 'your sum equals $\operatorname{Li}_2\left(\frac12\right)$ and not $\operatorname{Li}_2(2)$ as you claimed'; asker: 'Right, I will make the correction.'",
    ),
    # mse 3260800: sum 1/((n+1)^2 2^n) as half of Li_2(1/2)
    _c(
        KX,
        KX_3260800,
        gold=r"\frac{\pi^2}{24}-\frac{\ln^2(2)}{4}",
        pred=r"\frac12\mathrm{Li}_2(\frac12)",
        wrap=True,
        expected=True,
        why=r"'your sum is given by $S=\frac12\mathrm{Li}_2(\frac12)$ ... plug in $z=1/2$ to get $$S=\frac{\pi^2}{24}-\frac{\ln^2(2)}{4}.$$'",
    ),
]
