// The motcua quickstart in Java 17 through JNA (Debian's libjna-java): the flow of
// examples/examples/quickstart.rs as a vendor back office would call the C ABI.
//
// A certification of marital status (procedure 1.004873, 3 working days) received at the
// one-stop desk on Thu 23 Apr 2026, before the Hùng Kings day (Sun 26 Apr, compensatory
// Mon 27 Apr) and 30 Apr / 1 May; its appointment slip with the skipped days explained; a
// supplementation requested and fulfilled (the period restarts); a command refused, with its
// status and Vietnamese message; the result approved and returned; the log verified; the
// final state. Prints the SLIP, RESTART, ERROR, REJECTION and RESULT lines of the other quickstarts.
//
//   javac -cp /usr/share/java/jna.jar -d target/java examples/java/Quickstart.java
//   java -cp /usr/share/java/jna.jar:target/java -Djna.library.path=target/release Quickstart
//
// Strings the library returns arrive as Pointers, are copied with getString and freed with
// motcua_string_free in `finally` (never free()); handles are freed in `finally` too.
// JSON is read with a few string searches to keep the example dependency-free; a back
// office would use its JSON library (Jackson, Gson…).

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;

public final class Quickstart {
  /** The functions of motcua.h this program calls (uint32_t as int, size_t as long). */
  public interface Motcua extends Library {
    int motcua_calendar_new_civil_service(PointerByReference out);
    void motcua_calendar_free(Pointer cal);
    int motcua_catalogue_new_default(PointerByReference out);
    void motcua_catalogue_free(Pointer cat);
    int motcua_catalogue_procedure_json(Pointer cat, byte[] key, long len, PointerByReference out);
    int motcua_catalogue_dossier_context_json(Pointer cat, byte[] req, long len, PointerByReference out);
    int motcua_compute_due_json(Pointer cal, byte[] at, long atLen, byte[] limit, long limitLen,
        byte[] policy, long policyLen, int lang, PointerByReference out);
    int motcua_dossier_new_json(byte[] id, long len, PointerByReference out);
    int motcua_dossier_apply_json(Pointer cal, byte[] ctx, long ctxLen, byte[] log, long logLen,
        byte[] cmd, long cmdLen, PointerByReference newLog, PointerByReference event);
    int motcua_dossier_check_json(Pointer cal, byte[] ctx, long ctxLen, byte[] log, long logLen,
        byte[] cmd, long cmdLen, PointerByReference out);
    int motcua_dossier_state_json(Pointer cal, byte[] log, long logLen, byte[] opts, long optsLen,
        PointerByReference out);
    int motcua_dossier_verify_json(byte[] log, long logLen, PointerByReference out);
    int motcua_status_message(int status, int lang, byte[] buf, long bufLen, LongByReference outLen);
    String motcua_status_name(int status); // static string: copied by JNA, never freed
    void motcua_string_free(Pointer s);
  }

  static final int LANG_VI = 0;
  static final String AGENCY = "000.01.21.H40";
  static final String CODE = AGENCY + "-260423-0001";
  static final String DESK = "{\"id\":\"cb01\",\"role\":\"desk_officer\",\"agency\":\"" + AGENCY + "\"}";
  static final String OFFICER = "{\"id\":\"cv01\",\"role\":\"processing_officer\",\"agency\":\"" + AGENCY + "\"}";
  static final String APPROVER = "{\"id\":\"ld01\",\"role\":\"approver\",\"agency\":\"" + AGENCY + "\"}";
  static final String APPLICANT = "{\"id\":\"001099012345\",\"role\":\"applicant\"}";
  static final String RESULT_DOC = "{\"number\":\"15/XNTTHN\",\"name\":\"Giấy xác nhận tình trạng hôn nhân\"}";

  /** A non-zero motcua_status with its name and Vietnamese message. */
  static final class MotcuaException extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String name;
    final String text;

    MotcuaException(Motcua lib, String what, int status) {
      super(what + ": status " + status);
      this.status = status;
      this.name = lib.motcua_status_name(status);
      this.text = message(lib, status);
    }
  }

  static Motcua lib;

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The status's message, copied into a buffer we own (asks for the size first). */
  static String message(Motcua lib, int status) {
    LongByReference len = new LongByReference();
    lib.motcua_status_message(status, LANG_VI, null, 0, len); // BUFFER_TOO_SMALL, size in len
    byte[] buf = new byte[(int) len.getValue() + 1];
    if (lib.motcua_status_message(status, LANG_VI, buf, buf.length, len) != 0) return "(no message)";
    return new String(buf, 0, (int) len.getValue(), StandardCharsets.UTF_8);
  }

  /** Copies a library string and frees it with motcua_string_free. */
  static String take(Pointer p) {
    try {
      return p.getString(0, "UTF-8");
    } finally {
      lib.motcua_string_free(p);
    }
  }

  static void check(String what, int status) throws MotcuaException {
    if (status != 0) throw new MotcuaException(lib, what, status);
  }

  /** The string value of the first "key":"…" at or after `from` (simple escapes undone). */
  static String str(String json, String from, String key) {
    int at = from == null ? 0 : json.indexOf(from);
    String pat = "\"" + key + "\":\"";
    int i = at < 0 ? -1 : json.indexOf(pat, at);
    if (i < 0) return "";
    StringBuilder sb = new StringBuilder();
    for (int k = i + pat.length(); k < json.length() && json.charAt(k) != '"'; k++) {
      char c = json.charAt(k);
      if (c == '\\' && k + 1 < json.length()) {
        c = json.charAt(++k);
        if (c == 'n') c = '\n';
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The number value of the first "key": in `json`. */
  static long num(String json, String key) {
    int i = json.indexOf("\"" + key + "\":");
    if (i < 0) return -1;
    int k = i + key.length() + 3, e = k;
    while (e < json.length() && Character.isDigit(json.charAt(e))) e++;
    return Long.parseLong(json.substring(k, e));
  }

  /** The object or array value of the first "key": in `json` (brackets balanced). */
  static String raw(String json, String key) {
    int start = json.indexOf("\"" + key + "\":");
    if (start < 0) return "";
    start += key.length() + 3;
    int depth = 0;
    boolean inStr = false;
    for (int k = start; k < json.length(); k++) {
      char c = json.charAt(k);
      if (inStr) {
        if (c == '\\') k++;
        else if (c == '"') inStr = false;
      } else if (c == '"') inStr = true;
      else if (c == '{' || c == '[') depth++;
      else if ((c == '}' || c == ']') && --depth == 0) return json.substring(start, k + 1);
    }
    return "";
  }

  /** One dossier: its log (a JSON string we store) and the commands applied to it. */
  static final class Dossier {
    final Pointer cal;
    final String ctx;
    String log;

    Dossier(Pointer cal, String ctx, String id) throws MotcuaException {
      this.cal = cal;
      this.ctx = ctx;
      PointerByReference out = new PointerByReference();
      byte[] b = utf8(id);
      check("new", lib.motcua_dossier_new_json(b, b.length, out));
      this.log = take(out.getValue());
    }

    /** Applies a command: returns the event; on a rejection throws and the log is unchanged. */
    String apply(String at, String actor, String command) throws MotcuaException {
      byte[] c = utf8(ctx), l = utf8(log);
      byte[] cmd = utf8("{\"at\":\"" + at + "\",\"actor\":" + actor + ",\"command\":" + command + "}");
      PointerByReference next = new PointerByReference(), ev = new PointerByReference();
      check("apply", lib.motcua_dossier_apply_json(cal, c, c.length, l, l.length, cmd, cmd.length, next, ev));
      log = take(next.getValue());
      return take(ev.getValue());
    }

    /** What a command would do, or why it is rejected (the report JSON); nothing is applied. */
    String verdict(String at, String actor, String command) throws MotcuaException {
      byte[] c = utf8(ctx), l = utf8(log);
      byte[] cmd = utf8("{\"at\":\"" + at + "\",\"actor\":" + actor + ",\"command\":" + command + "}");
      PointerByReference out = new PointerByReference();
      check("check", lib.motcua_dossier_check_json(cal, c, c.length, l, l.length, cmd, cmd.length, out));
      return take(out.getValue());
    }

    String state() throws MotcuaException {
      byte[] l = utf8(log);
      PointerByReference out = new PointerByReference();
      check("state", lib.motcua_dossier_state_json(cal, l, l.length, null, 0, out));
      return take(out.getValue());
    }
  }

  public static void main(String[] args) throws Exception {
    lib = Native.load("motcua", Motcua.class);
    PointerByReference out = new PointerByReference();
    check("calendar", lib.motcua_calendar_new_civil_service(out));
    Pointer cal = out.getValue();
    try {
      check("catalogue", lib.motcua_catalogue_new_default(out));
      Pointer cat = out.getValue();
      try {
        flow(cal, cat);
      } finally {
        lib.motcua_catalogue_free(cat);
      }
    } finally {
      lib.motcua_calendar_free(cal);
    }
  }

  static void flow(Pointer cal, Pointer cat) throws MotcuaException {
    // 1. Data: the procedure and the dossier context from the embedded catalogue.
    PointerByReference out = new PointerByReference();
    byte[] key = utf8("1.004873");
    check("procedure", lib.motcua_catalogue_procedure_json(cat, key, key.length, out));
    String proc = take(out.getValue());
    System.out.println("procedure 1.004873: " + str(proc, "\"name\":{", "vi"));
    byte[] req = utf8("{\"procedure\":\"1.004873\",\"receiving_agency\":\"" + AGENCY + "\",\"on\":\"2026-04-23\"}");
    check("context", lib.motcua_catalogue_dossier_context_json(cat, req, req.length, out));
    String ctx = take(out.getValue());
    String docs = raw(ctx, "required_documents"), limit = raw(ctx, "time_limit"), policy = raw(ctx, "policy");
    System.out.println("time limit " + limit + "; checklist " + docs);

    // 2. Created, submitted and received at the desk: the code and the appointment slip.
    Dossier d = new Dossier(cal, ctx, "hs-2026-0423-01");
    d.apply("2026-04-23T08:50:00", DESK, "{\"type\":\"create\",\"channel\":\"desk\",\"applicant\":"
        + "{\"id\":\"001099012345\",\"name\":\"Nguyễn Văn A\"}}");
    d.apply("2026-04-23T08:55:00", DESK, "{\"type\":\"submit\",\"documents\":" + docs + "}");
    String ev = d.apply("2026-04-23T09:00:00", DESK, "{\"type\":\"accept\",\"code\":\"" + CODE + "\"}");
    String code = str(ev, null, "code"), due = str(ev, null, "legal_due_date");
    System.out.println("received 2026-04-23 09:00:00 at the desk, dossier code " + code);
    System.out.println("SLIP code=" + code + " due=" + due + " appointment=" + str(ev, null, "appointment_at"));
    byte[] at = utf8("2026-04-23T09:00:00"), lim = utf8(limit), pol = utf8(policy);
    check("compute_due", lib.motcua_compute_due_json(cal, at, at.length, lim, lim.length, pol, pol.length, LANG_VI, out));
    String computed = take(out.getValue());
    if (!str(computed, null, "legal_due_date").equals(due)) throw new IllegalStateException("due differs");
    System.out.println(str(computed, "\"explanation\":", "text"));

    // 3. Supplementation requested Fri 24 Apr, supplied Tue 28 Apr: the period restarts.
    String first = docs.contains(",") ? docs.substring(0, docs.indexOf(',')) + "]" : docs;
    d.apply("2026-04-23T10:00:00", OFFICER, "{\"type\":\"assign\",\"officer\":\"cv01\"}");
    d.apply("2026-04-24T10:00:00", OFFICER, "{\"type\":\"request_supplement\",\"missing\":" + first
        + ",\"reason\":\"Tờ khai chưa ghi nơi cư trú trước đây\"}");
    System.out.println("supplement requested 2026-04-24 10:00: " + str(d.state(), null, "status_label"));
    d.apply("2026-04-28T09:00:00", APPLICANT, "{\"type\":\"supplement\",\"documents\":" + first + "}");
    String s = d.state();
    System.out.println("RESTART due=" + str(s, "\"due\":{", "legal_due_date") + " appointment="
        + str(s, "\"due\":{", "appointment_at"));

    // 4. A refused command: a desk officer may not sign the result; the log is unchanged.
    try {
      d.apply("2026-04-29T09:00:00", DESK, "{\"type\":\"approve\",\"result\":" + RESULT_DOC + "}");
      throw new IllegalStateException("a desk officer approved");
    } catch (MotcuaException e) {
      System.out.println("ERROR code=" + e.status + " name=" + e.name + " message=" + e.text);
      // The same arguments to motcua_dossier_check_json give the detail behind the code.
      String report = d.verdict("2026-04-29T09:00:00", DESK, "{\"type\":\"approve\",\"result\":" + RESULT_DOC + "}");
      System.out.println("REJECTION message=" + str(report, "\"rejection\":", "message"));
    }

    // 5. Approved Mon 4 May, returned Tue 5 May.
    d.apply("2026-05-04T14:00:00", APPROVER, "{\"type\":\"approve\",\"result\":" + RESULT_DOC + "}");
    d.apply("2026-05-05T08:30:00", DESK, "{\"type\":\"return_result\"}");

    // 6. Verify the stored log, then its final state.
    byte[] l = utf8(d.log);
    check("verify", lib.motcua_dossier_verify_json(l, l.length, out));
    String report = take(out.getValue());
    String valid = report.contains("\"valid\":true") ? "true" : "false";
    System.out.println("log: " + num(report, "length") + " events, head " + str(report, null, "head")
        + ", valid " + valid);
    s = d.state();
    String status = str(s, "\"state\":{", "status");
    String timeliness = str(s, "\"timeliness\":{", "against_current");
    System.out.println("final: " + status + " (" + str(s, null, "status_label") + "), portal status "
        + num(s, "portal_status") + ", timeliness " + timeliness);
    System.out.println("RESULT code=" + str(s, "\"state\":{", "code") + " due=" + str(s, "\"due\":{", "legal_due_date")
        + " appointment=" + str(s, "\"due\":{", "appointment_at") + " state=" + status + " timeliness=" + timeliness
        + " verified=" + valid);
    if (!valid.equals("true")) System.exit(1);
  }
}
