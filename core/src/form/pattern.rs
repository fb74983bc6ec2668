//! A small regular-expression engine for the `pattern` rule of a form field: a subset of
//! ECMA-262 (the dialect of JSON Schema's `pattern`) run by a Pike VM, so matching is
//! **linear in the input** whatever the pattern: no catastrophic backtracking on hostile
//! input.
//!
//! Semantics follow JSON Schema: the pattern is **not anchored** (a match anywhere counts;
//! write `^…$` to match the whole value), and it runs on Unicode code points.
//!
//! Supported: literals; `.` (any code point but a line terminator); classes `[a-z0-9_]`,
//! `[^…]`; escapes `\d \D \w \W \s \S` (ECMA meanings: ASCII digits, ASCII word characters,
//! Unicode white space), `\t \n \r \f \v \0`, `\xHH`, `\uXXXX`, and `\` before any
//! punctuation; anchors `^ $`; groups `( )`, `(?: )`; alternation `|`; quantifiers
//! `* + ? {n} {n,} {n,m}` and their lazy forms (laziness does not change *whether* a value
//! matches). Anything else (back-references, look-around, `\b`, `\p{…}`, flags) is rejected
//! when the form is compiled, never silently misread.

use std::fmt;

/// A compiled pattern.
#[derive(Clone)]
pub struct Pattern {
    source: String,
    sets: Vec<CharSet>,
    prog: Vec<Inst>,
    anchored: bool,
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

/// Why a pattern was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// Position (in characters) where the problem is.
    pub at: usize,
    /// What is wrong (English).
    pub detail: &'static str,
    /// What is wrong (Vietnamese).
    pub detail_vi: &'static str,
}

/// Largest compiled program (instructions) accepted; `{n,m}` copies its operand.
pub const MAX_PROGRAM: usize = 4096;
/// Largest count in `{n,m}`.
pub const MAX_REPEAT: u32 = 1000;

#[derive(Debug, Clone)]
struct CharSet {
    negated: bool,
    ranges: Vec<(char, char)>,
}

impl CharSet {
    fn contains(&self, c: char) -> bool {
        self.ranges.iter().any(|&(a, b)| a <= c && c <= b) != self.negated
    }
}

#[derive(Debug, Clone, Copy)]
enum Inst {
    Set(usize),
    Split(usize, usize),
    Jmp(usize),
    Start,
    End,
    Match,
}

#[derive(Debug, Clone)]
enum Node {
    Empty,
    Set(CharSet),
    Start,
    End,
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

const DIGIT: &[(char, char)] = &[('0', '9')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
const SPACE: &[(char, char)] = &[
    ('\t', '\r'),
    (' ', ' '),
    ('\u{a0}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{feff}', '\u{feff}'),
];
const LINE_TERMINATORS: &[(char, char)] = &[('\n', '\n'), ('\r', '\r'), ('\u{2028}', '\u{2029}')];

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    _src: &'a str,
}

fn err(at: usize, detail: &'static str, detail_vi: &'static str) -> PatternError {
    PatternError {
        at,
        detail,
        detail_vi,
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn alt(&mut self, depth: usize) -> Result<Node, PatternError> {
        if depth > 32 {
            return Err(err(
                self.pos,
                "groups nested too deeply",
                "nhóm lồng nhau quá sâu",
            ));
        }
        let mut branches = vec![self.concat(depth)?];
        while self.eat('|') {
            branches.push(self.concat(depth)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn concat(&mut self, depth: usize) -> Result<Node, PatternError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom(depth)?;
            items.push(self.quantified(atom)?);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        let mut n: u32 = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            n = n.saturating_mul(10).saturating_add(d);
            self.pos += 1;
        }
        (self.pos > start).then_some(n)
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, PatternError> {
        let at = self.pos;
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.pos += 1;
                let Some(min) = self.number() else {
                    return Err(err(
                        at,
                        "a lone { must be escaped as \\{",
                        "dấu { đứng riêng phải viết là \\{",
                    ));
                };
                let max = if self.eat(',') {
                    self.number()
                } else {
                    Some(min)
                };
                if !self.eat('}') {
                    return Err(err(at, "unclosed {n,m}", "thiếu dấu } của {n,m}"));
                }
                self.pos -= 1;
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.pos += 1;
        self.eat('?');
        if max.is_some_and(|m| m < min) {
            return Err(err(at, "{n,m} with m < n", "{n,m} có m nhỏ hơn n"));
        }
        if min > MAX_REPEAT || max.is_some_and(|m| m > MAX_REPEAT) {
            return Err(err(
                at,
                "repetition count above 1000",
                "số lần lặp lớn hơn 1000",
            ));
        }
        if matches!(atom, Node::Start | Node::End) {
            return Err(err(at, "nothing to repeat", "không có gì để lặp"));
        }
        if matches!(self.peek(), Some('*' | '+' | '?' | '{')) {
            return Err(err(self.pos, "nothing to repeat", "không có gì để lặp"));
        }
        Ok(Node::Repeat(Box::new(atom), min, max))
    }

    fn atom(&mut self, depth: usize) -> Result<Node, PatternError> {
        let at = self.pos;
        let Some(c) = self.next() else {
            return Ok(Node::Empty);
        };
        match c {
            '(' => {
                if self.eat('?') && !self.eat(':') {
                    return Err(err(
                        at,
                        "look-around and named groups are not supported",
                        "không hỗ trợ nhóm có tên và điều kiện nhìn trước/sau",
                    ));
                }
                let inner = self.alt(depth + 1)?;
                if !self.eat(')') {
                    return Err(err(at, "unclosed group", "nhóm thiếu dấu )"));
                }
                Ok(inner)
            }
            ')' => Err(err(at, "unmatched )", "dấu ) không có cặp")),
            '[' => self.class(),
            '.' => Ok(Node::Set(CharSet {
                negated: true,
                ranges: LINE_TERMINATORS.to_vec(),
            })),
            '^' => Ok(Node::Start),
            '$' => Ok(Node::End),
            '*' | '+' | '?' => Err(err(at, "nothing to repeat", "không có gì để lặp")),
            '{' if self.peek().is_some_and(|c| c.is_ascii_digit()) => {
                Err(err(at, "nothing to repeat", "không có gì để lặp"))
            }
            '\\' => Ok(Node::Set(self.escape(false)?)),
            c => Ok(Node::Set(single(c))),
        }
    }

    fn escape(&mut self, in_class: bool) -> Result<CharSet, PatternError> {
        let at = self.pos;
        let Some(c) = self.next() else {
            return Err(err(at, "pattern ends with \\", "mẫu kết thúc bằng \\"));
        };
        let set = |negated, r: &[(char, char)]| CharSet {
            negated,
            ranges: r.to_vec(),
        };
        Ok(match c {
            'd' => set(false, DIGIT),
            'D' => set(true, DIGIT),
            'w' => set(false, WORD),
            'W' => set(true, WORD),
            's' => set(false, SPACE),
            'S' => set(true, SPACE),
            't' => single('\t'),
            'n' => single('\n'),
            'r' => single('\r'),
            'f' => single('\u{c}'),
            'v' => single('\u{b}'),
            '0' if !self.peek().is_some_and(|c| c.is_ascii_digit()) => single('\0'),
            'b' if in_class => single('\u{8}'),
            'x' => single(self.hex(2, at)?),
            'u' => single(self.hex(4, at)?),
            c if c.is_ascii_punctuation() => single(c),
            _ => {
                return Err(err(
                    at,
                    "unsupported escape (back-references, \\b, \\p{…} are not supported)",
                    "không hỗ trợ ký tự thoát này (tham chiếu ngược, \\b, \\p{…})",
                ));
            }
        })
    }

    fn hex(&mut self, n: usize, at: usize) -> Result<char, PatternError> {
        let mut v = 0u32;
        for _ in 0..n {
            let d = self.next().and_then(|c| c.to_digit(16)).ok_or_else(|| {
                err(
                    at,
                    "bad hexadecimal escape",
                    "mã thập lục phân không hợp lệ",
                )
            })?;
            v = v * 16 + d;
        }
        char::from_u32(v).ok_or_else(|| {
            err(
                at,
                "escape is not a Unicode scalar value",
                "mã không phải ký tự Unicode hợp lệ",
            )
        })
    }

    fn class(&mut self) -> Result<Node, PatternError> {
        let at = self.pos;
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        loop {
            let Some(c) = self.next() else {
                return Err(err(at, "unclosed [", "thiếu dấu ]"));
            };
            if c == ']' {
                break;
            }
            let lo = if c == '\\' {
                let s = self.escape(true)?;
                match single_char(&s) {
                    Some(ch) => ch,
                    None => {
                        if s.negated {
                            return Err(err(
                                self.pos,
                                "\\D, \\W, \\S inside [] are not supported",
                                "không hỗ trợ \\D, \\W, \\S trong []",
                            ));
                        }
                        ranges.extend(s.ranges);
                        continue;
                    }
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']') {
                self.pos += 1;
                let hi = match self.next() {
                    Some('\\') => single_char(&self.escape(true)?).ok_or_else(|| {
                        err(
                            self.pos,
                            "a class escape cannot end a range",
                            "không thể dùng lớp ký tự làm cận của khoảng",
                        )
                    })?,
                    Some(h) => h,
                    None => return Err(err(at, "unclosed [", "thiếu dấu ]")),
                };
                if hi < lo {
                    return Err(err(
                        self.pos,
                        "range out of order",
                        "khoảng ký tự ngược thứ tự",
                    ));
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        Ok(Node::Set(CharSet { negated, ranges }))
    }
}

fn single(c: char) -> CharSet {
    CharSet {
        negated: false,
        ranges: vec![(c, c)],
    }
}

fn single_char(s: &CharSet) -> Option<char> {
    match s.ranges.as_slice() {
        [(a, b)] if a == b && !s.negated => Some(*a),
        _ => None,
    }
}

struct Compiler {
    sets: Vec<CharSet>,
    prog: Vec<Inst>,
}

impl Compiler {
    fn push(&mut self, i: Inst) -> Result<usize, PatternError> {
        if self.prog.len() >= MAX_PROGRAM {
            return Err(err(0, "pattern too complex", "mẫu quá phức tạp"));
        }
        self.prog.push(i);
        Ok(self.prog.len() - 1)
    }

    fn patch(&mut self, at: usize, i: Inst) {
        if let Some(slot) = self.prog.get_mut(at) {
            *slot = i;
        }
    }

    fn emit(&mut self, n: &Node) -> Result<(), PatternError> {
        match n {
            Node::Empty => {}
            Node::Set(s) => {
                self.sets.push(s.clone());
                self.push(Inst::Set(self.sets.len() - 1))?;
            }
            Node::Start => {
                self.push(Inst::Start)?;
            }
            Node::End => {
                self.push(Inst::End)?;
            }
            Node::Concat(items) => {
                for i in items {
                    self.emit(i)?;
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                let last = branches.len().saturating_sub(1);
                for (k, b) in branches.iter().enumerate() {
                    if k < last {
                        let split = self.push(Inst::Split(0, 0))?;
                        self.emit(b)?;
                        jumps.push(self.push(Inst::Jmp(0))?);
                        let next = self.prog.len();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.emit(b)?;
                    }
                }
                let end = self.prog.len();
                for j in jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
            Node::Repeat(inner, min, max) => {
                for _ in 0..*min {
                    self.emit(inner)?;
                }
                match max {
                    None => {
                        let split = self.push(Inst::Split(0, 0))?;
                        self.emit(inner)?;
                        self.push(Inst::Jmp(split))?;
                        let end = self.prog.len();
                        self.patch(split, Inst::Split(split + 1, end));
                    }
                    Some(max) => {
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(self.push(Inst::Split(0, 0))?);
                            self.emit(inner)?;
                        }
                        let end = self.prog.len();
                        for s in splits {
                            self.patch(s, Inst::Split(s + 1, end));
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// Thread list of the VM: a sparse set of program counters.
struct Threads {
    dense: Vec<usize>,
    mark: Vec<u32>,
    gen_: u32,
}

impl Threads {
    fn new(n: usize) -> Self {
        Threads {
            dense: Vec::with_capacity(n),
            mark: vec![0; n],
            gen_: 1,
        }
    }

    fn clear(&mut self) {
        self.dense.clear();
        self.gen_ += 1;
    }

    /// Marks `pc`; false when it was already there.
    fn insert(&mut self, pc: usize) -> bool {
        match self.mark.get_mut(pc) {
            Some(m) if *m != self.gen_ => {
                *m = self.gen_;
                true
            }
            _ => false,
        }
    }
}

impl Pattern {
    /// Compiles a pattern (see the [module docs](self) for the supported syntax).
    ///
    /// ```
    /// use motcua::form::Pattern;
    /// let p = Pattern::new("^[A-Z]{2}[0-9]+$").unwrap();
    /// assert!(p.is_match("HN123"));
    /// assert!(!p.is_match("hn123"));
    /// assert!(Pattern::new("(a)\\1").is_err()); // back-references are rejected
    /// ```
    pub fn new(source: &str) -> Result<Pattern, PatternError> {
        let mut p = Parser {
            chars: source.chars().collect(),
            pos: 0,
            _src: source,
        };
        let node = p.alt(0)?;
        if p.pos < p.chars.len() {
            return Err(err(p.pos, "unmatched )", "dấu ) không có cặp"));
        }
        let anchored = match &node {
            Node::Start => true,
            Node::Concat(items) => matches!(items.first(), Some(Node::Start)),
            _ => false,
        };
        let mut c = Compiler {
            sets: Vec::new(),
            prog: Vec::new(),
        };
        c.emit(&node)?;
        c.push(Inst::Match)?;
        Ok(Pattern {
            source: source.to_owned(),
            sets: c.sets,
            prog: c.prog,
            anchored,
        })
    }

    /// The source text.
    ///
    /// ```
    /// use motcua::form::Pattern;
    /// assert_eq!(Pattern::new("^a+$").unwrap().as_str(), "^a+$");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.source
    }

    fn add(
        &self,
        list: &mut Threads,
        stack: &mut Vec<usize>,
        pc: usize,
        at_start: bool,
        at_end: bool,
    ) {
        stack.push(pc);
        while let Some(pc) = stack.pop() {
            if !list.insert(pc) {
                continue;
            }
            match self.prog.get(pc) {
                Some(Inst::Jmp(t)) => stack.push(*t),
                Some(Inst::Split(a, b)) => {
                    stack.push(*b);
                    stack.push(*a);
                }
                Some(Inst::Start) if at_start => stack.push(pc + 1),
                Some(Inst::End) if at_end => stack.push(pc + 1),
                Some(Inst::Set(_) | Inst::Match) => list.dense.push(pc),
                _ => {}
            }
        }
    }

    /// Does the pattern match anywhere in `s` (JSON Schema semantics)? Linear in `s`.
    ///
    /// ```
    /// use motcua::form::Pattern;
    /// let p = Pattern::new("[0-9]{3}").unwrap();
    /// assert!(p.is_match("mã 123"));     // anywhere, as in JSON Schema
    /// assert!(!p.is_match("12"));
    /// ```
    pub fn is_match(&self, s: &str) -> bool {
        let n = self.prog.len();
        let mut cur = Threads::new(n);
        let mut next = Threads::new(n);
        let mut stack = Vec::with_capacity(n);
        let mut chars = s.chars().peekable();
        let mut at_start = true;
        loop {
            let at_end = chars.peek().is_none();
            if at_start || !self.anchored {
                self.add(&mut cur, &mut stack, 0, at_start, at_end);
            }
            if cur
                .dense
                .iter()
                .any(|&pc| matches!(self.prog.get(pc), Some(Inst::Match)))
            {
                return true;
            }
            let Some(c) = chars.next() else {
                return false;
            };
            if cur.dense.is_empty() && self.anchored {
                return false;
            }
            let next_end = chars.peek().is_none();
            next.clear();
            for &pc in &cur.dense {
                if let Some(Inst::Set(i)) = self.prog.get(pc) {
                    if self.sets.get(*i).is_some_and(|set| set.contains(c)) {
                        self.add(&mut next, &mut stack, pc + 1, false, next_end);
                    }
                }
            }
            std::mem::swap(&mut cur, &mut next);
            at_start = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str) -> bool {
        Pattern::new(p).unwrap().is_match(s)
    }

    #[test]
    fn basics() {
        assert!(m("abc", "xxabcxx"));
        assert!(!m("^abc$", "xabc"));
        assert!(m("^a|b$", "ab"));
        assert!(m("^(a|b)+$", "abba"));
        assert!(!m("^(a|b)+$", "abca"));
        assert!(m("^[0-9]{3}$", "123"));
        assert!(!m("^[0-9]{3}$", "1234"));
        assert!(m("^[0-9]{2,3}$", "12"));
        assert!(m("^x{2,}$", "xxxx"));
        assert!(!m("^x{2,}$", "x"));
        assert!(m("^\\d+\\.\\d*$", "1."));
        assert!(m("^[^a-c]$", "d"));
        assert!(!m("^[^a-c]$", "b"));
        assert!(m("^\\s*$", " \t"));
        assert!(m("^.$", "ư"));
        assert!(!m("^.$", "\n"));
        assert!(m("^(?:ab)?c$", "c"));
        assert!(m("^[\\w-]+$", "a_b-c"));
        assert!(m("^\\u0041$", "A"));
        assert!(m("", "anything"));
        assert!(m("^$", ""));
        assert!(m("^(a*)*$", "aaaa"));
        assert!(m("a??b", "b"));
    }

    #[test]
    fn rejects() {
        for p in [
            "(", ")", "[a", "a{2,1}", "*a", "(?=a)", "\\1", "\\p{L}", "a**", "x{1001}", "\\",
        ] {
            assert!(Pattern::new(p).is_err(), "{p}");
        }
        assert!(Pattern::new("(((a{1000}){1000}))").is_err());
    }

    #[test]
    fn linear_on_evil_input() {
        let p = Pattern::new("^(a+)+$").unwrap();
        let s = format!("{}b", "a".repeat(10_000));
        assert!(!p.is_match(&s));
    }
}
