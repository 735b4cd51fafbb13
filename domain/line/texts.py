"""What the LINE account says, in Thai and English: short, polite, one thing per message."""

from __future__ import annotations

from domain.complaint.lifecycle import Label

TEXTS: dict[str, Label] = {
    "welcome": Label(
        "สวัสดี ที่นี่ OMB FAST TRACK BMA รับแจ้งเรื่องร้องเรียนในกรุงเทพมหานคร โปรดเลือกเมนูด้านล่าง",
        "Hello, this is OMB FAST TRACK BMA: tell us about a problem in Bangkok. "
        "Please choose from the menu below.",
    ),
    "ask_description": Label(
        'โปรดเล่าว่าเกิดอะไรขึ้น ที่ไหน ตั้งแต่เมื่อไร ในข้อความเดียว\n(พิมพ์ "ยกเลิก" เพื่อเลิกแจ้ง)',
        "Please tell us what happened, where and since when, in one message.\n"
        '(Type "cancel" to stop.)',
    ),
    "ask_location": Label(
        'ขอบคุณ โปรดส่งตำแหน่งที่เกิดเหตุ โดยกดปุ่ม "ส่งตำแหน่ง" ด้านล่าง',
        'Thank you. Please send the place where it happens: tap "Send location" below.',
    ),
    "location_needed": Label(
        'โปรดส่งตำแหน่งด้วยปุ่ม "ส่งตำแหน่ง" ด้านล่าง',
        'Please send the place with the "Send location" button below.',
    ),
    "outside_bangkok": Label(
        'ตำแหน่งนี้อยู่นอกกรุงเทพมหานคร Fast Track รับเฉพาะเรื่องในกรุงเทพฯ โปรดส่งตำแหน่งใหม่ หรือพิมพ์ "ยกเลิก"',
        "This place is outside Bangkok, and Fast Track handles Bangkok only. "
        'Please send another location, or type "cancel".',
    ),
    "ask_photos": Label(
        'ได้รับตำแหน่งแล้ว: เขต{district} ส่งรูปถ่ายได้สูงสุด {max} รูป หรือกด "ข้าม"',
        'Location received: {district} district. Send up to {max} photos, or tap "Skip".',
    ),
    "photo_received": Label(
        'ได้รับรูปแล้ว ({count}/{max}) ส่งเพิ่ม หรือกด "เสร็จ"',
        'Photo received ({count}/{max}). Send another, or tap "Done".',
    ),
    "photos_full": Label(
        'ได้รับรูปครบ {max} รูปแล้ว โปรดกด "เสร็จ"',
        'You have sent {max} photos, the most we take. Please tap "Done".',
    ),
    "ask_consent": Label(
        "ก่อนส่งเรื่อง โปรดอ่านประกาศความเป็นส่วนตัว\n\n{notice}\n\n"
        "ท่านยินยอมให้เก็บและใช้ข้อมูลนี้ รวมถึงบัญชี LINE ของท่าน "
        "เพื่อดำเนินการเรื่องร้องเรียนหรือไม่",
        "Before we file it, please read the privacy notice.\n\n{notice}\n\n"
        "Do you agree that we keep and use this information, your LINE account included, "
        "to handle your complaint?",
    ),
    "consent_needed": Label(
        'โปรดกด "ยินยอม" เพื่อส่งเรื่อง หรือ "ไม่ยินยอม" เพื่อยกเลิก',
        'Please tap "I agree" to file it, or "I do not agree" to stop.',
    ),
    "filed": Label(
        "รับเรื่องแล้ว\nเลขที่เรื่อง {case_number}\nรหัสติดตาม {tracking_code}\n"
        "รหัสลับ {secret}\n(ใช้คู่กับรหัสติดตามเพื่อให้คะแนนหรือขอเปิดเรื่องอีกครั้ง "
        "โปรดเก็บไว้ ไม่ให้ผู้อื่นทราบ)\n"
        'พิมพ์ "สถานะ" เพื่อดูความคืบหน้าได้ทุกเมื่อ',
        "Your complaint is filed.\nCase number {case_number}\nTracking code {tracking_code}\n"
        "Secret {secret}\n(with the tracking code it lets you rate the work or ask to reopen "
        "the case; keep it to yourself)\n"
        'Type "status" to see how it is going at any time.',
    ),
    "declined": Label(
        "ยกเลิกการแจ้งเรื่องแล้ว ข้อมูลที่พิมพ์ไว้ถูกลบ แจ้งใหม่ได้ทุกเมื่อ",
        "Stopped: nothing was filed and what you typed is deleted. You can start again "
        "at any time.",
    ),
    "cancelled": Label(
        "ยกเลิกแล้ว ข้อมูลที่พิมพ์ไว้ถูกลบ",
        "Cancelled; what you typed is deleted.",
    ),
    "unavailable": Label(
        "ขออภัย ขณะนี้ยังรับเรื่องทาง LINE ไม่ได้ โปรดโทรสายด่วน 1676",
        "Sorry, complaints cannot be filed on LINE right now. Please call 1676.",
    ),
    "no_cases": Label(
        "ยังไม่มีเรื่องที่แจ้งผ่านบัญชี LINE นี้",
        "No complaint has been filed from this LINE account yet.",
    ),
    "cases": Label("เรื่องของท่าน", "Your complaints"),
    "case_line": Label(
        "• {case_number} (รหัสติดตาม {tracking_code}): {status}",
        "• {case_number} (tracking code {tracking_code}): {status}",
    ),
    "unknown_code": Label(
        "ไม่พบรหัสติดตามนี้ในเรื่องที่ท่านแจ้งผ่าน LINE เรื่องที่แจ้งทางอื่นตรวจสอบได้ที่เว็บไซต์ Fast Track",
        "This tracking code is not one of the complaints you filed on LINE; "
        "follow other complaints on the Fast Track website.",
    ),
    "call": Label(
        "สายด่วนกรุงเทพมหานคร 1676 กดปุ่มด้านล่างเพื่อโทร",
        "Bangkok's hotline is 1676: tap the button below to call.",
    ),
    "status_changed": Label(
        "เรื่อง {case_number} (รหัสติดตาม {tracking_code}): {status}",
        "Complaint {case_number} (tracking code {tracking_code}): {status}",
    ),
    # staff linked to the account (coordinators)
    "linked": Label(
        "เชื่อมบัญชี LINE นี้กับบัญชีเจ้าหน้าที่ของ {name} แล้ว\n"
        "การแจ้งเตือนจะส่ง{via} เลือกช่องทางได้ที่หน้าบัญชีในคอนโซล\n"
        'พิมพ์ "ยกเลิกการเชื่อม" เมื่อไม่ต้องการรับแจ้งเตือนทาง LINE',
        "This LINE account is now linked to the staff account of {name}.\n"
        "Notifications go {via}; choose where on your account page in the console.\n"
        'Type "unlink" to stop staff notifications on LINE.',
    ),
    "via_email": Label("ทางอีเมล", "by e-mail"),
    "via_line": Label("ทาง LINE", "on LINE"),
    "via_both": Label("ทางอีเมลและ LINE", "by e-mail and on LINE"),
    "link_wrong": Label(
        "รหัสไม่ถูกต้องหรือหมดอายุแล้ว โปรดขอรหัสใหม่ที่หน้าบัญชีในคอนโซล",
        "That code is wrong or has expired. Please get a new one on your account page in "
        "the console.",
    ),
    "link_throttled": Label(
        "ใส่รหัสผิดหลายครั้งเกินไป โปรดรอประมาณ 15 นาทีแล้วลองใหม่",
        "Too many wrong codes. Please wait about 15 minutes and try again.",
    ),
    "link_taken": Label(
        'บัญชี LINE นี้เชื่อมกับเจ้าหน้าที่อีกท่านอยู่ โปรดพิมพ์ "ยกเลิกการเชื่อม" ก่อน',
        'This LINE account is linked to another staff account. Type "unlink" first.',
    ),
    "unlinked": Label(
        "ยกเลิกการเชื่อมบัญชีแล้ว จะไม่มีแจ้งเตือนสำหรับเจ้าหน้าที่ส่งมาทาง LINE อีก",
        "Unlinked: no more staff notifications will come on LINE.",
    ),
    "not_linked": Label(
        "บัญชี LINE นี้ไม่ได้เชื่อมกับบัญชีเจ้าหน้าที่",
        "This LINE account is not linked to a staff account.",
    ),
    "ack_refused": Label(
        "ปุ่มนี้ใช้ได้เฉพาะเจ้าหน้าที่ที่เชื่อมบัญชีแล้วและดูแลเรื่องนี้",
        "This button works only for linked staff who handle the case.",
    ),
    "acked": Label(
        "บันทึกแล้วว่าท่านรับทราบเรื่อง {case_number}",
        "Recorded: you have acknowledged {case_number}.",
    ),
    "ack_entry": Label("รับทราบเรื่องทาง LINE", "Acknowledged on LINE"),
    "notify_case_arrived": Label(
        "เรื่องใหม่ถึงหน่วยงานของท่าน\n{case_number}: {title}",
        "A new case for your agency\n{case_number}: {title}",
    ),
    "notify_case_assigned_to_you": Label(
        "มีเรื่องมอบหมายให้ท่าน\n{case_number}: {title}",
        "A case was assigned to you\n{case_number}: {title}",
    ),
    "notify_sla_due_soon": Label(
        "เรื่องใกล้ครบกำหนดเวลา\n{case_number}: {title}",
        "A case is due soon\n{case_number}: {title}",
    ),
    "notify_omb_attention": Label(
        "เรื่องที่ต้องติดตาม\n{case_number}: {title}",
        "A case needs attention\n{case_number}: {title}",
    ),
    "notify_breached": Label(
        "เรื่องเกินกำหนดเวลาแล้ว\n{case_number}: {title}",
        "A case is past its deadline\n{case_number}: {title}",
    ),
    "notify_flagged": Label(
        "เรื่องที่ผู้ตรวจการแผ่นดินขอให้ติดตาม\n{case_number}: {title}",
        "A case flagged for the Ombudsman's attention\n{case_number}: {title}",
    ),
    "due_at": Label("กำหนด {when} น.", "Due {when}"),
    "notify_footer": Label(
        'กด "รับทราบ" เพื่อแจ้งว่าได้รับเรื่องแล้ว',
        'Tap "Acknowledge" to say you have seen it.',
    ),
    "ack_display": Label("รับทราบ {case_number}", "Acknowledge {case_number}"),
    # quick-reply labels (LINE allows at most 20 characters)
    "ack": Label("รับทราบ", "Acknowledge"),
    "open_case": Label("เปิดในคอนโซล", "Open in console"),
    "menu_report": Label("แจ้งเรื่อง", "Report"),
    "menu_status": Label("สถานะเรื่องของฉัน", "My cases"),
    "menu_call": Label("โทร 1676", "Call 1676"),
    "send_location": Label("ส่งตำแหน่ง", "Send location"),
    "skip": Label("ข้าม", "Skip"),
    "done": Label("เสร็จ", "Done"),
    "agree": Label("ยินยอม", "I agree"),
    "disagree": Label("ไม่ยินยอม", "I do not agree"),
    "cancel": Label("ยกเลิก", "Cancel"),
}


def say(key: str, language: str, **values: object) -> str:
    label = TEXTS[key]
    return (label.en if language == "en" else label.th).format(**values)


def label(key: str, language: str) -> str:
    return say(key, language)


# What a typed (or quick-reply) text means, whichever language it is in.
COMMANDS: dict[str, frozenset[str]] = {
    "report": frozenset({"แจ้งเรื่อง", "แจ้งเรื่องใหม่", "report", "new report"}),
    "status": frozenset({"สถานะ", "สถานะเรื่องของฉัน", "status", "my cases"}),
    "call": frozenset({"1676", "โทร 1676", "call 1676", "call"}),
    "cancel": frozenset({"ยกเลิก", "cancel", "stop"}),
    "done": frozenset({"ข้าม", "เสร็จ", "skip", "done"}),
    "agree": frozenset({"ยินยอม", "i agree", "agree", "yes"}),
    "disagree": frozenset({"ไม่ยินยอม", "i do not agree", "disagree", "no"}),
    "unlink": frozenset({"ยกเลิกการเชื่อม", "ยกเลิกการเชื่อมบัญชี", "ยกเลิกเชื่อม", "unlink"}),
}


def command_of(text: str) -> str | None:
    typed = " ".join(text.split()).casefold()
    for name, words in COMMANDS.items():
        if typed in words:
            return name
    return None
