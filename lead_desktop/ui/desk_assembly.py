"""The main window a signed-in user gets: the pages their role may use, each wired to the
services it needs, and the workflow timers the app runs by itself."""

from __future__ import annotations


def build_pages(database, signed_in, accounts, now=None, *, print_pdf=None,
                watch=None) -> list:
    """The sections this role may use; each page gets only the services it needs. `now` is
    the app's clock (every service reads time through it; tests move it); `print_pdf` the
    clerk's printer (default: the print dialog); `watch`, the audit chain's watch, makes the
    auditor's Verify check this workstation's anchor too."""
    from PySide6.QtCore import QCoreApplication, Qt

    from lead_desktop.models.base import utcnow
    from lead_desktop.security.audit_reader import AuditReader
    from lead_desktop.security.roles import Role
    from lead_desktop.services.attachments.attachment_service import AttachmentService
    from lead_desktop.services.care.intake_service import IntakeService
    from lead_desktop.services.care.note_service import NoteService
    from lead_desktop.services.care.outcome_service import OutcomeService
    from lead_desktop.services.cases.case_service import CaseService
    from lead_desktop.services.cases.eligibility_service import EligibilityService
    from lead_desktop.services.cases.proposals import ProposalService
    from lead_desktop.services.cases.summons_service import SummonsService
    from lead_desktop.services.cases.work_queue import WorkQueue
    from lead_desktop.services.consent.consent_service import ConsentService
    from lead_desktop.services.documents_service import DocumentService
    from lead_desktop.services.people.person_service import PersonService
    from lead_desktop.services.program.directory import DirectoryService
    from lead_desktop.services.program.profile_store import ProfileStore
    from lead_desktop.services.providers.provider_service import ProviderService
    from lead_desktop.services.providers.referral_service import ProviderReferralService
    from lead_desktop.ui.forms.completion_acknowledgment import CompletionAcknowledgment
    from lead_desktop.ui.forms.compliance_decision import ComplianceDecision
    from lead_desktop.ui.forms.eligibility_form import EligibilityForm
    from lead_desktop.ui.forms.referral_form import ReferralForm
    from lead_desktop.ui.main_window import Page
    from lead_desktop.ui.pages.accounts_page import AccountsPage
    from lead_desktop.ui.pages.audit_page import AuditPage
    from lead_desktop.ui.pages.people_page import PeoplePage
    from lead_desktop.ui.pages.print_queue_page import PrintQueuePage
    from lead_desktop.ui.pages.providers_page import ProvidersPage
    from lead_desktop.ui.pages.session_page import SessionPage
    from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
    from lead_desktop.ui.person_window import CaseServices, PersonWindow

    translate = QCoreApplication.translate  # navigation titles share the "Sections" context
    now = now or utcnow

    actor, role = signed_in.actor, signed_in.user.role
    info = database.info()
    pages = []
    profiles = ProfileStore(database, now)  # the database's versions, read once and kept
    # the administrator's code lists: what the forms offer and how records read their codes
    from lead_desktop.services.program.code_lists import CodeListService
    from lead_desktop.ui.labels import use_code_book

    code_lists = CodeListService(database, now)
    use_code_book(code_lists.book(), source=code_lists.book)
    services = CaseServices(PersonService(database, now),
                            CaseService(database, profiles, now),
                            NoteService(database, now), ConsentService(database, now),
                            IntakeService(database, now), ProviderService(database, now),
                            ProviderReferralService(database, now), OutcomeService(database, now),
                            DocumentService(database, now),
                            WorkQueue(database, profiles, now))
    services.proposals = ProposalService(database, services.cases, services.cases.now)
    services.attachments = AttachmentService(database, now)

    def run_modal(dialog) -> None:
        """A window opened from a page is deleted by Qt when it closes, not by Python's
        garbage collector later: deleting it from Python while Qt still holds its children
        corrupted memory ("shared QObject was deleted directly")."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def open_person(person_id: str, tab: str | None = None, record: str | None = None) -> None:
        # `tab`, e.g. a look-up due: straight to the outcomes tab once the window has loaded;
        # `record`, e.g. the appointment whose attendance is due, chosen on that tab
        run_modal(PersonWindow(services, actor, person_id, open_tab=tab, open_record=record))

    def read_completion_notice(case_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from lead_desktop.errors import LeadError
        from lead_desktop.services.case_letters import completion_notice
        from lead_desktop.ui import printing
        from lead_desktop.ui.messages import error_words

        try:
            made = completion_notice(services.documents, actor, case_id)
        except LeadError as exc:
            QMessageBox.warning(None, QCoreApplication.translate("App", "Completion notice"),
                                error_words(exc))
            return
        printing.preview(made.pdf, made.number)

    def open_item(item) -> bool:
        """A work-queue row opens the form for its kind, for the roles that use it."""
        if item.form == "eligibility" and role is Role.PROSECUTOR_REVIEWER and item.case_id:
            run_modal(EligibilityForm(EligibilityService(database, services.cases, now),
                                      services.people, actor, item.case_id, item.person_id))
            return True
        if item.form == "compliance_review" and role is Role.PROSECUTOR_REVIEWER \
                and item.case_id:
            run_modal(ComplianceDecision(services.cases, services.people, actor, item.case_id,
                                         item.person_id))
            return True
        if item.form == "completion" and role is Role.PROSECUTOR_REVIEWER and item.case_id:
            run_modal(CompletionAcknowledgment(
                services.cases, services.people, actor, item.case_id, item.person_id,
                preview=lambda case_id: read_completion_notice(case_id)))
            return True
        if role in (Role.CASE_MANAGER, Role.SUPERVISOR) and item.person_id:
            open_person(item.person_id, "justice" if item.form == "justice_event" else
                        "notes" if item.kind == "draft_note" else
                        "followup" if item.form == "attendance" else None, item.record_id)
            return True
        return False

    shown: dict = {}  # pages a Home row leads to, once made

    def open_home_row(row):
        """A Home row opens what it is about: a review's form, or the summons in the print
        queue ("left": the Home list closes as the user goes to that page)."""
        if row.item is not None and open_item(row.item):
            return True
        queue_page = shown.get("print_queue")
        if row.summons_id and queue_page is not None and queue_page.show_summons(
                row.summons_id):
            window = queue_page.window()
            if hasattr(window, "show_page"):
                window.show_page(queue_page)
            return "left"
        return False

    if role in (Role.CASE_MANAGER, Role.SUPERVISOR, Role.CLERK, Role.PROSECUTOR_REVIEWER):
        from lead_desktop.services.home import HomeService
        from lead_desktop.ui.pages.home_page import HomePage

        in_force = profiles.current() or next(iter(profiles.values()))
        home = HomeService(database, in_force, services.work_queue,
                           SummonsService(database, now), now)
        pages.append(Page(translate("Sections", "Home"), HomePage(
            home, actor, open_person if role in (Role.CASE_MANAGER, Role.SUPERVISOR)
            else None, open_row=lambda row: open_home_row(row))))
    if role in (Role.CASE_MANAGER, Role.SUPERVISOR, Role.PROSECUTOR_REVIEWER, Role.OFFICER):
        queue = WorkQueuePage(WorkQueue(database, profiles, now), actor, open_item)
        queue.refresh()
        pages.append(Page(translate("Sections", "Work queue"), queue))
    if role in (Role.CASE_MANAGER, Role.SUPERVISOR, Role.CLERK):
        from lead_desktop.services.people.merge_service import MergeService

        people = PeoplePage(services.people, actor, open_person=open_person,
                            merges=MergeService(database, now)
                            if role is Role.SUPERVISOR else None)
        pages.append(Page(translate("Sections", "People"), people))
    if role is Role.SUPERVISOR:
        from lead_desktop.services.people.suspected_duplicates import SuspectedDuplicates
        from lead_desktop.ui.forms.merge_dialog import MergeDialog
        from lead_desktop.ui.pages.duplicates_page import DuplicatesPage

        merges = MergeService(database, now)
        pages.append(Page(translate("Sections", "Suspected duplicates"), DuplicatesPage(
            SuspectedDuplicates(database, now), actor,
            lambda first, second: MergeDialog(merges, services.people, actor, first, second))))
    if role in (Role.OFFICER, Role.CASE_MANAGER, Role.SUPERVISOR):
        profile = profiles.current() or next(iter(profiles.values()))
        referral = ReferralForm(services.people, services.cases, actor, profile,
                                officer_name=signed_in.user.display_name
                                if role is Role.OFFICER else "",
                                agency_names=tuple(a.name for a in DirectoryService(
                                    database, now).agencies(active_only=True)),
                                open_person=None if role is Role.OFFICER else open_person,
                                profile_source=profiles.current,
                                attachments=services.attachments)
        pages.append(Page(translate("Sections", "New referral"), referral))
    if role in (Role.CASE_MANAGER, Role.SUPERVISOR):
        providers = ProvidersPage(services.providers, actor)
        pages.append(Page(translate("Sections", "Providers"), providers))
    if role in (Role.CASE_MANAGER, Role.SUPERVISOR, Role.PROSECUTOR_REVIEWER, Role.EVALUATOR):
        from lead_desktop.services.reports.dashboard_service import DashboardService
        from lead_desktop.services.reports.report_service import ReportService
        from lead_desktop.ui.pages.dashboard_page import DashboardPage

        dashboard = DashboardPage(
            DashboardService(ReportService(database, profiles, now)), actor,
            today=lambda: now().date(),
            open_person=open_person if role in (Role.CASE_MANAGER, Role.SUPERVISOR) else None)
        pages.append(Page(translate("Sections", "Dashboard"), dashboard))
    if role in (Role.CASE_MANAGER, Role.SUPERVISOR, Role.PROSECUTOR_REVIEWER):
        from lead_desktop.services.reports.report_service import ReportService
        from lead_desktop.ui.pages.reports_page import ReportsPage

        reports = ReportsPage(ReportService(database, profiles, now), actor,
                              today=lambda: now().date(),
                              open_person=None if role is Role.PROSECUTOR_REVIEWER
                              else open_person)
        if role is Role.SUPERVISOR:
            reports.add_row(_roster_actions(database, profiles, actor, now))
        pages.append(Page(translate("Sections", "Reports"), reports))
    if role in (Role.EVALUATOR, Role.SUPERVISOR):
        from lead_desktop.services.reports.extract_service import ExtractService
        from lead_desktop.ui.pages.extract_page import ExtractPage

        extract = ExtractPage(ExtractService(database, now), actor, lambda: now().date())
        pages.append(Page(translate("Sections", "Evaluation extract"), extract))
    if role in (Role.ADMINISTRATOR, Role.AUDITOR):
        from lead_desktop.services.maintenance import MaintenanceService
        from lead_desktop.ui.pages.database_care_panel import DatabaseCarePanel
        from lead_desktop.ui.pages.server_care_panel import ServerCarePanel

        admin = AccountsPage(accounts, actor)
        care = MaintenanceService(database)
        panel = ServerCarePanel if care.on_server else DatabaseCarePanel
        admin.layout().addWidget(panel(care, actor))
        pages.append(Page(translate("Sections", "Administration"), admin))
        from lead_desktop.services.exports import ExportService
        from lead_desktop.ui.pages.program_settings_page import ProgramSettingsPage

        settings_page = ProgramSettingsPage(ExportService(database), actor)
        pages.append(Page(translate("Sections", "Program settings"), settings_page))
    kept = None
    if role is Role.ADMINISTRATOR:
        from lead_desktop.ui.pages.directory_page import DirectoryPage

        kept = DirectoryPage(DirectoryService(database, now), actor)
        pages.append(Page(translate("Sections", "Courts and agencies"), kept))
        from lead_desktop.ui.pages.code_lists_page import CodeListsPage

        pages.append(Page(translate("Sections", "Code lists"),
                          CodeListsPage(code_lists, actor, lambda: now().date())))
    if role in (Role.CLERK, Role.SUPERVISOR):
        queue_page = PrintQueuePage(SummonsService(database, now), services.documents, actor,
                                    directory=DirectoryService(database, now),
                                    print_pdf=print_pdf, attachments=services.attachments)
        shown["print_queue"] = queue_page
        pages.append(Page(translate("Sections", "Print queue"), queue_page))
    if role in (Role.SUPERVISOR, Role.ADMINISTRATOR, Role.AUDITOR):
        from lead_desktop.services.cases.profile_moves import ProfileMoves
        from lead_desktop.services.program.holidays import HolidayService
        from lead_desktop.ui.pages.program_page import ProgramPage

        program_page = ProgramPage(profiles, HolidayService(database, now), actor,
                                   directory_page=kept,
                                   moves=ProfileMoves(database, profiles, now))
        pages.append(Page(translate("Sections", "Program"), program_page))
    if role is Role.AUDITOR:
        log = AuditPage(AuditReader(database, watch), actor)
        pages.append(Page(translate("Sections", "Audit log"), log))
    session = SessionPage(signed_in, info.name, database.fingerprint, str(database.path))
    pages.append(Page(translate("Sections", "This session"), session))
    return pages


def open_main_window(database, signed_in, accounts, *, now=None, demo: bool = False,
                     on_close=None, timer_every_ms: int | None = None, print_pdf=None,
                     watch=None, on_sign_out=None):
    """After sign-in: the main window with this role's pages and the workflow timers
    running (the caller shows it). `now` is the app's clock (tests move it); the app's
    session flow and the tests both come through here."""
    from lead_desktop.settings import Settings
    from lead_desktop.ui.main_window import MainWindow

    settings, actor = Settings.load(), signed_in.actor
    window = MainWindow(
        signed_in, build_pages(database, signed_in, accounts, now=now, print_pdf=print_pdf,
                               watch=watch),
        database_label=database.info().name, demo=demo,
        idle_minutes=settings.idle_lock_minutes, geometry=settings.window_geometry,
        on_close=on_close,
        unlock=lambda password: accounts.unlock_session(actor, password),
        on_lock=lambda: accounts.lock_session(actor),
        on_sign_out=on_sign_out or (lambda: accounts.sign_out(actor)))
    window.timers = start_timers(database, window, now=now, every_ms=timer_every_ms)
    return window


def start_timers(database, window, now=None, every_ms: int | None = None):
    """The app runs the workflow timers itself: at start, then every few minutes, off the UI
    thread, one workstation at a time (the lease). The work queue shows what they moved."""
    from lead_desktop.models.base import utcnow
    from lead_desktop.services.cases.case_service import CaseService
    from lead_desktop.services.cases.timers import default_holder, run_timers_leased
    from lead_desktop.services.program.profile_store import ProfileStore
    from lead_desktop.ui.pages.work_queue_page import WorkQueuePage
    from lead_desktop.ui.timer_runner import TimerRunner

    cases = CaseService(database, ProfileStore(database, now or utcnow), now or utcnow)
    holder = default_holder()
    def run_due():
        run = run_timers_leased(cases, holder)
        if run.ran:  # the workstation that holds the lease also does the retention purge
            from lead_desktop import error_log
            from lead_desktop.services.attachments.retention import purge_if_approved

            try:  # nothing unless a supervisor approved; a failure leaves the moves shown
                purge_if_approved(database, cases.now())
            except Exception as exc:  # noqa: BLE001 - the next run tries again
                error_log.record(type(exc), exc, exc.__traceback__)
        return run

    runner = TimerRunner(run_due, parent=window,
                         **({"every_ms": every_ms} if every_ms else {}))

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    status = QLabel()
    status.setObjectName("timerStatus")
    window.statusBar().addPermanentWidget(status)

    def show_moves(run) -> None:
        local = run.at.astimezone().strftime("%H:%M")
        if run.ran:
            status.setText(QCoreApplication.translate("App", "Timers %1: %2 moved")
                           .replace("%1", local).replace("%2", str(len(run.moves))))
        else:
            status.setText(QCoreApplication.translate("App", "Timers %1: run by %2")
                           .replace("%1", local).replace("%2", run.holder.split(":")[0]))
        if not run.moves:
            return
        for index in range(window.pages.count()):
            page = window.pages.widget(index)
            if isinstance(page, WorkQueuePage):
                page.refresh()

    runner.ran.connect(show_moves)
    runner.start()
    return runner


def _roster_actions(database, profiles, actor, now):  # noqa: ANN001, ANN202
    """The supervisor's spreadsheet import and roster export (Reports page)."""
    from lead_desktop.services.importing.import_service import ImportService
    from lead_desktop.services.importing.roster import RosterService
    from lead_desktop.ui.roster_actions import RosterActions

    return RosterActions(ImportService(database, profiles, now), RosterService(database, now),
                         actor)
