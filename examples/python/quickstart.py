#!/usr/bin/env python3
"""The motcua quickstart in Python (ctypes): the flow of examples/examples/quickstart.rs
through the C ABI.

A certification of marital status (procedure 1.004873, 3 working days) received at the
one-stop desk on Thu 23 Apr 2026, before the Hùng Kings day (Sun 26 Apr, compensatory
Mon 27 Apr) and 30 Apr / 1 May; its appointment slip with the skipped days explained; a
supplementation requested and fulfilled (the period restarts); a command refused, with its
status and Vietnamese message; the result approved and returned; the log verified; the final
state. Prints the SLIP, RESTART, ERROR, REJECTION and RESULT lines of the other quickstarts.

    python3 examples/python/quickstart.py target/release/libmotcua.so

Strings the library returns are received as c_void_p (never c_char_p, which would copy and
lose the pointer), read with string_at and freed with motcua_string_free (never free());
handles are freed with their _free function in `finally` blocks.
"""

import ctypes
import json
import sys
from ctypes import POINTER, byref, c_char_p, c_size_t, c_uint32, c_void_p

AGENCY = "000.01.21.H40"
DOSSIER_ID = "hs-2026-0423-01"
CODE = AGENCY + "-260423-0001"
DESK = {"id": "cb01", "role": "desk_officer", "agency": AGENCY}
OFFICER = {"id": "cv01", "role": "processing_officer", "agency": AGENCY}
APPROVER = {"id": "ld01", "role": "approver", "agency": AGENCY}
APPLICANT = {"id": "001099012345", "role": "applicant"}
RESULT_DOC = {"number": "15/XNTTHN", "name": "Giấy xác nhận tình trạng hôn nhân"}
LANG_VI = 0


class MotcuaError(Exception):
    """A non-zero motcua_status, with its name and Vietnamese message."""

    def __init__(self, lib, what, status):
        self.status = status
        self.name = lib.motcua_status_name(status).decode()
        self.message = message(lib, status)
        super().__init__(f"{what}: status {status} {self.name}: {self.message}")


def message(lib, status, lang=LANG_VI):
    """The status's message, copied into a buffer we own (asks for the size first)."""
    needed = c_size_t(0)
    lib.motcua_status_message(status, lang, None, 0, byref(needed))  # BUFFER_TOO_SMALL
    buf = ctypes.create_string_buffer(needed.value + 1)
    st = lib.motcua_status_message(status, lang, buf, len(buf), byref(needed))
    if st != 0:
        return f"(no message: {st})"
    return buf.value.decode()


def load(path):
    lib = ctypes.CDLL(path)
    u8p = c_char_p  # UTF-8 bytes in; the length is passed beside them
    out = POINTER(c_void_p)
    sigs = {
        "motcua_calendar_new_civil_service": [POINTER(c_void_p)],
        "motcua_catalogue_new_default": [POINTER(c_void_p)],
        "motcua_catalogue_procedure_json": [c_void_p, u8p, c_size_t, out],
        "motcua_catalogue_dossier_context_json": [c_void_p, u8p, c_size_t, out],
        "motcua_dossier_new_json": [u8p, c_size_t, out],
        "motcua_dossier_apply_json": [c_void_p, u8p, c_size_t, u8p, c_size_t, u8p, c_size_t, out, out],
        "motcua_dossier_check_json": [c_void_p, u8p, c_size_t, u8p, c_size_t, u8p, c_size_t, out],
        "motcua_dossier_state_json": [c_void_p, u8p, c_size_t, u8p, c_size_t, out],
        "motcua_dossier_verify_json": [u8p, c_size_t, out],
        "motcua_compute_due_json": [c_void_p, u8p, c_size_t, u8p, c_size_t, u8p, c_size_t, c_uint32, out],
        "motcua_status_message": [c_uint32, c_uint32, c_char_p, c_size_t, POINTER(c_size_t)],
    }
    for name, args in sigs.items():
        f = getattr(lib, name)
        f.argtypes = args
        f.restype = c_uint32
    lib.motcua_status_name.argtypes = [c_uint32]
    lib.motcua_status_name.restype = c_char_p  # static: never freed
    for name in ("motcua_string_free", "motcua_calendar_free", "motcua_catalogue_free"):
        getattr(lib, name).argtypes = [c_void_p]
        getattr(lib, name).restype = None
    return lib


class Motcua:
    """Thin wrapper: JSON in as UTF-8 bytes + length, JSON out copied then freed."""

    def __init__(self, lib):
        self.lib = lib

    def take(self, p):
        """Copies a library string and frees it with motcua_string_free."""
        try:
            return ctypes.string_at(p.value).decode()
        finally:
            self.lib.motcua_string_free(p)

    def call(self, what, fn, *args):
        """Calls a function whose last parameter is a `char **out`; returns the text."""
        out = c_void_p()
        st = fn(*args, byref(out))
        if st != 0:
            raise MotcuaError(self.lib, what, st)  # nothing was written: nothing to free
        return self.take(out)


def b(s):
    """A str as (bytes, length) arguments."""
    data = s.encode()
    return data, len(data)


def main(path):
    lib = load(path)
    m = Motcua(lib)
    cal, cat = c_void_p(), c_void_p()
    if lib.motcua_calendar_new_civil_service(byref(cal)) != 0:
        raise SystemExit("calendar")
    try:
        if lib.motcua_catalogue_new_default(byref(cat)) != 0:
            raise SystemExit("catalogue")
        try:
            return flow(lib, m, cal, cat)
        finally:
            lib.motcua_catalogue_free(cat)
    finally:
        lib.motcua_calendar_free(cal)


def flow(lib, m, cal, cat):
    # 1. Data: the procedure and the dossier context from the embedded catalogue.
    proc = json.loads(m.call("procedure", lib.motcua_catalogue_procedure_json, cat, *b("1.004873")))
    print(f"procedure 1.004873: {proc['name']['vi']}")
    request = {"procedure": "1.004873", "receiving_agency": AGENCY, "on": "2026-04-23"}
    ctx_text = m.call("context", lib.motcua_catalogue_dossier_context_json, cat, *b(json.dumps(request)))
    ctx = json.loads(ctx_text)
    compact = lambda v: json.dumps(v, separators=(",", ":"), ensure_ascii=False)  # noqa: E731
    print(f"time limit {compact(ctx['time_limit'])}; checklist {compact(ctx['required_documents'])}")

    log = m.call("new", lib.motcua_dossier_new_json, *b(DOSSIER_ID))

    def apply(at, actor, command):
        """Applies a command: returns (new log, event) or raises (the log is unchanged)."""
        nonlocal log
        doc = json.dumps({"at": at, "actor": actor, "command": command}, ensure_ascii=False)
        new_log, event = c_void_p(), c_void_p()
        st = lib.motcua_dossier_apply_json(cal, *b(ctx_text), *b(log), *b(doc), byref(new_log), byref(event))
        if st != 0:
            raise MotcuaError(lib, command["type"], st)
        log = m.take(new_log)
        return json.loads(m.take(event))

    def state():
        return json.loads(m.call("state", lib.motcua_dossier_state_json, cal, *b(log), None, 0))

    # 2. Created, submitted and received at the desk: the code and the appointment slip.
    docs = ctx["required_documents"]
    apply("2026-04-23T08:50:00", DESK, {"type": "create", "channel": "desk",
                                        "applicant": {"id": "001099012345", "name": "Nguyễn Văn A"}})
    apply("2026-04-23T08:55:00", DESK, {"type": "submit", "documents": docs})
    ev = apply("2026-04-23T09:00:00", DESK, {"type": "accept", "code": CODE})
    slip = ev["event"]["form"]
    print(f"received 2026-04-23 09:00:00 at the desk, dossier code {slip['code']}")
    print(f"SLIP code={slip['code']} due={slip['due']['legal_due_date']} appointment={slip['due']['appointment_at']}")
    due = json.loads(m.call("compute_due", lib.motcua_compute_due_json, cal, *b("2026-04-23T09:00:00"),
                            *b(compact(ctx["time_limit"])), *b(compact(ctx["policy"])), LANG_VI))
    assert due["legal_due_date"] == slip["due"]["legal_due_date"]
    print(due["explanation"]["text"])

    # 3. Supplementation requested Fri 24 Apr, supplied Tue 28 Apr: the period restarts.
    apply("2026-04-23T10:00:00", OFFICER, {"type": "assign", "officer": "cv01"})
    apply("2026-04-24T10:00:00", OFFICER, {"type": "request_supplement", "missing": docs[:1],
                                           "reason": "Tờ khai chưa ghi nơi cư trú trước đây"})
    print(f"supplement requested 2026-04-24 10:00: {state()['status_label']}")
    apply("2026-04-28T09:00:00", APPLICANT, {"type": "supplement", "documents": docs[:1]})
    d = state()["state"]["due"]
    print(f"RESTART due={d['legal_due_date']} appointment={d['appointment_at']}")

    # 4. A refused command: a desk officer may not sign the result; the log is unchanged.
    try:
        apply("2026-04-29T09:00:00", DESK, {"type": "approve", "result": RESULT_DOC})
        raise SystemExit("a desk officer approved")
    except MotcuaError as e:
        print(f"ERROR code={e.status} name={e.name} message={e.message}")
        # The same arguments to motcua_dossier_check_json give the detail behind the code.
        doc = json.dumps({"at": "2026-04-29T09:00:00", "actor": DESK,
                          "command": {"type": "approve", "result": RESULT_DOC}}, ensure_ascii=False)
        report = json.loads(m.call("check", lib.motcua_dossier_check_json, cal, *b(ctx_text), *b(log), *b(doc)))
        print(f"REJECTION message={report['rejection']['message']}")

    # 5. Approved Mon 4 May, returned Tue 5 May.
    apply("2026-05-04T14:00:00", APPROVER, {"type": "approve", "result": RESULT_DOC})
    apply("2026-05-05T08:30:00", DESK, {"type": "return_result"})

    # 6. Verify the stored log, then its final state.
    report = json.loads(m.call("verify", lib.motcua_dossier_verify_json, *b(log)))
    valid = "true" if report["valid"] else "false"
    print(f"log: {report['length']} events, head {report['head']}, valid {valid}")
    v = state()
    st, timeliness = v["state"], v["timeliness"]["against_current"]
    print(f"final: {st['status']} ({v['status_label']}), portal status {v['portal_status']}, timeliness {timeliness}")
    print(f"RESULT code={st['code']} due={st['due']['legal_due_date']} appointment={st['due']['appointment_at']} "
          f"state={st['status']} timeliness={timeliness} verified={valid}")
    return 0 if report["valid"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "target/release/libmotcua.so"))
