<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accounts</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Choose a password you have not used in your last {count} passwords.</source>
        <translation>Elija una contraseña que no haya usado en sus últimas {count} contraseñas.</translation>
    </message>
    <message>
        <source>Someone else put {name} in team {team} after you opened the list. Nothing was changed; check and set it again.</source>
        <translation>Otra persona puso a {name} en el equipo {team} después de que usted abrió la lista. No se cambió nada; revíselo y vuelva a asignarlo.</translation>
    </message>
    <message>
        <source>Someone else put {name} in no team after you opened the list. Nothing was changed; check and set it again.</source>
        <translation>Otra persona dejó a {name} sin equipo después de que usted abrió la lista. No se cambió nada; revíselo y vuelva a asignarlo.</translation>
    </message>
    <message>
        <source>A team name is at most 80 characters.</source>
        <translation>El nombre de un equipo tiene 80 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nombre de usuario tiene de 2 a 64 caracteres: letras a-z, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Escriba el nombre completo de la persona.</translation>
    </message>
    <message>
        <source>The full name {problem}.</source>
        <translation>El nombre completo {problem}.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>La primera cuenta debe ser de administrador(a).</translation>
    </message>
    <message>
        <source>There is already an account named {name}.</source>
        <translation>Ya existe una cuenta con el nombre {name}.</translation>
    </message>
    <message>
        <source>Give a reason for disabling the account.</source>
        <translation>Indique el motivo para desactivar la cuenta.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>{name} is already disabled.</source>
        <translation>La cuenta {name} ya está desactivada.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>No puede cambiar su propio rol.</translation>
    </message>
    <message>
        <source>This account still has a temporary password, which must be changed before it is used for anything else.</source>
        <translation>Esta cuenta todavía tiene una contraseña temporal, que debe cambiarse antes de usarla para cualquier otra cosa.</translation>
    </message>
    <message>
        <source>This account is disabled. Contact your administrator.</source>
        <translation>Esta cuenta está desactivada. Comuníquese con su administrador.</translation>
    </message>
    <message>
        <source>This account is locked for {minutes} after repeated failed sign-ins, or until an administrator unlocks it.</source>
        <translation>Esta cuenta está bloqueada durante {minutes} tras varios inicios de sesión fallidos, o hasta que un(a) administrador(a) la desbloquee.</translation>
    </message>
    <message>
        <source>This account was disabled after 90 days without use. Contact your administrator.</source>
        <translation>Esta cuenta se desactivó tras 90 días sin uso. Comuníquese con su administrador.</translation>
    </message>
    <message>
        <source>Too many failed passwords: this account is locked for {minutes}.</source>
        <translation>Demasiadas contraseñas incorrectas: esta cuenta está bloqueada durante {minutes}.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>No existe ninguna cuenta con el nombre {name}.</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <extracomment>Agency, program and site names that must not appear in a password.</extracomment>
        <translation>Use al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Use at most {count} characters.</source>
        <translation>Use como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The password holds a broken character; please type it again.</source>
        <translation>La contraseña contiene un carácter dañado; escríbala de nuevo.</translation>
    </message>
    <message>
        <source>This password is too common; choose a longer phrase of your own.</source>
        <translation>Esta contraseña es demasiado común; elija una frase más larga y propia.</translation>
    </message>
    <message>
        <source>Do not use your own name, user name, or the program&apos;s or agency&apos;s name.</source>
        <translation>No use su propio nombre, su nombre de usuario ni el nombre del programa o de la agencia.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Su cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Your account was disabled.</source>
        <translation>Su cuenta se desactivó.</translation>
    </message>
    <message>
        <source>Your account is locked after repeated failed passwords.</source>
        <translation>Su cuenta está bloqueada tras varias contraseñas incorrectas.</translation>
    </message>
    <message>
        <source>Your role was changed by an administrator.</source>
        <translation>Un(a) administrador(a) cambió su rol.</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator.</source>
        <translation>Un(a) administrador(a) restableció su contraseña.</translation>
    </message>
    <message>
        <source>{why} This session has ended; nothing more was saved. Sign in again.</source>
        <translation>{why} Esta sesión terminó; no se guardó nada más. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Set &amp;team…</source>
        <translation>Asignar &amp;equipo…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ca&amp;mbiar rol…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Added %s. Temporary password (give it in person; it must be changed at first sign-in): %%s</source>
        <translation>Se agregó %s. Contraseña temporal (entréguela en persona; debe cambiarse al primer inicio de sesión): %%s</translation>
    </message>
    <message>
        <source>Disabled %s.</source>
        <translation>Se desactivó %s.</translation>
    </message>
    <message>
        <source>Temporary password for %s: %%s</source>
        <translation>Contraseña temporal de %s: %%s</translation>
    </message>
    <message>
        <source>Unlocked %s.</source>
        <translation>Se desbloqueó %s.</translation>
    </message>
    <message>
        <source>%1 is now in team %2.</source>
        <translation>%1 ahora está en el equipo %2.</translation>
    </message>
    <message>
        <source>%1 is in no team.</source>
        <translation>%1 no está en ningún equipo.</translation>
    </message>
    <message>
        <source>%1 is now %2; their open sessions end at their next action.</source>
        <translation>%1 ahora es %2; sus sesiones abiertas terminan con su próxima acción.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Seleccione primero una cuenta.</translation>
    </message>
    <message>
        <source>Team (empty for none). A supervisor sees the work of the case managers of the same team.</source>
        <translation>Equipo (vacío para ninguno). Un(a) supervisor(a) ve el trabajo de los administradores de caso del mismo equipo.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>New role for %1</source>
        <translation>Nuevo rol para %1</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Please correct: %1</source>
        <translation>Corrija: %1</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Crear la base de datos</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Password (12+ characters; a phrase is good)</source>
        <translation>Contraseña (12 caracteres o más; una frase sirve)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong and the last action may not have been saved. Please check, and tell your administrator (%1).</source>
        <translation type="vanished">Algo salió mal y es posible que la última acción no se haya guardado. Revíselo y avise a su administrador (%1).</translation>
    </message>
    <message>
        <source>The newest verified backup of this database is %1, made %2.</source>
        <translation>La copia de seguridad verificada más reciente de esta base de datos es %1, hecha el %2.</translation>
    </message>
    <message>
        <source>(the log could not be written)</source>
        <translation>(no se pudo escribir el registro)</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been saved. Please check, and tell your administrator (%1). The details are in %2.</source>
        <translation>Algo salió mal y es posible que la última acción no se haya guardado. Revíselo y avise a su administrador (%1). Los detalles están en %2.</translation>
    </message>
    <message>
        <source>Completion notice</source>
        <translation>Aviso de finalización</translation>
    </message>
    <message>
        <source>Timers %1: %2 moved</source>
        <translation>Plazos automáticos %1: %2 movidos</translation>
    </message>
    <message>
        <source>Timers %1: run by %2</source>
        <translation>Plazos automáticos %1: ejecutados por %2</translation>
    </message>
    <message>
        <source>Today&apos;s backup is made and verified.</source>
        <translation>La copia de seguridad de hoy está hecha y verificada.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Falló la copia de seguridad automática de hoy: %1</translation>
    </message>
    <message>
        <source>DEMO: sign in as casey, sam, officer, clerk, admin ... with the password “%1”.</source>
        <translation>DEMO: inicie sesión como casey, sam, officer, clerk, admin ... con la contraseña “%1”.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
</context>
<context>
    <name>AssignButton</name>
    <message>
        <source>Assign case &amp;manager…</source>
        <extracomment>The case as it is now held.</extracomment>
        <translation>A&amp;signar administrador(a) de caso…</translation>
    </message>
    <message>
        <source>Record &amp;hand-off to me</source>
        <translation>Registrar &amp;traspaso a mi cargo</translation>
    </message>
    <message>
        <source>There is no active case manager to choose.</source>
        <translation>No hay ningún(a) administrador(a) de caso activo(a) para elegir.</translation>
    </message>
    <message>
        <source>Assign case manager</source>
        <translation>Asignar administrador(a) de caso</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador(a) de caso</translation>
    </message>
    <message>
        <source>Over the caseload maximum</source>
        <translation>Por encima del máximo de casos</translation>
    </message>
    <message>
        <source>Case manager recorded. Close and reopen the person to see the case&apos;s notes.</source>
        <translation>Administrador(a) de caso registrado(a). Cierre y vuelva a abrir la persona para ver las notas del caso.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Void: %1</source>
        <translation>Anulado: %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a scan, PDF or photo</source>
        <translation>Adjuntar un escaneo, PDF o foto</translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, TIFF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>PDF, JPEG, PNG, TIFF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The folder your scanner saves to</source>
        <translation>La carpeta donde guarda su escáner</translation>
    </message>
    <message>
        <source>Import a scan</source>
        <translation>Importar un escaneo</translation>
    </message>
    <message>
        <source>Scans in %1, newest first:</source>
        <translation>Escaneos en %1, lo más reciente primero:</translation>
    </message>
    <message>
        <source>Delete the original file?</source>
        <translation>¿Borrar el archivo original?</translation>
    </message>
    <message>
        <source>A copy is now kept inside the encrypted database. The original file is not encrypted:
%1

Delete it now?</source>
        <translation>Ahora se guarda una copia dentro de la base de datos cifrada. El archivo original no está cifrado:
%1

¿Borrarlo ahora?</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>Attached %1 (kept encrypted in the database).</source>
        <translation>Se adjuntó %1 (guardado cifrado en la base de datos).</translation>
    </message>
    <message>
        <source>Attached %1; the original file was deleted.</source>
        <translation>Se adjuntó %1; se borró el archivo original.</translation>
    </message>
    <message>
        <source>Unknown source {source}.</source>
        <extracomment>a void that removed the case&apos;s last signed participation agreement cleared its flag</extracomment>
        <translation>Origen desconocido: {source}.</translation>
    </message>
    <message>
        <source>This file is {size} MB; the program&apos;s limit is {limit} MB (set by the administrator). Scan it at a lower resolution or in black and white.</source>
        <translation>Este archivo pesa {size} MB; el límite del programa es {limit} MB (fijado por el administrador). Escanéelo con una resolución menor o en blanco y negro.</translation>
    </message>
    <message>
        <source>The original file could not be read ({why}); it was not deleted.</source>
        <translation>No se pudo leer el archivo original ({why}); no se eliminó.</translation>
    </message>
    <message>
        <source>The original file changed since it was attached; it was not deleted.</source>
        <translation>El archivo original cambió desde que se adjuntó; no se eliminó.</translation>
    </message>
    <message>
        <source>The original file could not be deleted ({why}); delete it by hand.</source>
        <translation>No se pudo eliminar el archivo original ({why}); elimínelo manualmente.</translation>
    </message>
    <message>
        <source>This removed attachment&apos;s content was deleted on {day} under the retention rule; what it was, its hash and why it was removed are kept.</source>
        <translation>El contenido de este adjunto quitado se eliminó el {day} según la regla de retención; se conservan qué era, su hash y por qué se quitó.</translation>
    </message>
    <message>
        <source>This attachment&apos;s content does not match the hash taken when it was added. Restore the database from a backup.</source>
        <translation>El contenido de este adjunto no coincide con el hash tomado cuando se agregó. Restaure la base de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This is the signed copy an active consent rests on: revoke or supersede the consent first.</source>
        <translation>Esta es la copia firmada en la que se basa un consentimiento activo: primero revoque o reemplace el consentimiento.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>No existe ese adjunto.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>No existe ese consentimiento.</translation>
    </message>
    <message>
        <source>No such summons.</source>
        <translation>No existe esa citación.</translation>
    </message>
    <message>
        <source>That summons is another case&apos;s.</source>
        <translation>Esa citación es de otro caso.</translation>
    </message>
    <message>
        <source>No such provider referral.</source>
        <translation>No existe esa remisión a un proveedor.</translation>
    </message>
    <message>
        <source>That provider referral is another case&apos;s.</source>
        <translation>Esa remisión a un proveedor es de otro caso.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>No existe ese caso.</translation>
    </message>
    <message>
        <source>That case is another person&apos;s.</source>
        <translation>Ese caso es de otra persona.</translation>
    </message>
    <message>
        <source>Say whose paper this is.</source>
        <translation>Indique a quién corresponde este documento.</translation>
    </message>
    <message>
        <source>This file is not a PDF, JPEG, PNG or TIFF (judged by its content, not its name): it was not attached. Scan or save it as one of these.</source>
        <translation>Este archivo no es PDF, JPEG, PNG ni TIFF (según su contenido, no su nombre): no se adjuntó. Escanéelo o guárdelo en uno de esos formatos.</translation>
    </message>
    <message>
        <source>This file starts like a PDF or picture but cannot be read: it may be damaged. Scan or save it again.</source>
        <translation>Este archivo empieza como un PDF o una imagen, pero no se puede leer: puede estar dañado. Escanéelo o guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>A court paper is attached to a case.</source>
        <extracomment>the refusal when it is added without what it needs (context &quot;Attachments&quot;)</extracomment>
        <translation>Un documento judicial se adjunta a un caso.</translation>
    </message>
    <message>
        <source>A signed consent or revocation is attached to its consent.</source>
        <translation>Un consentimiento o una revocación firmados se adjuntan a su consentimiento.</translation>
    </message>
    <message>
        <source>A treatment record (part 2) is attached to a case.</source>
        <translation>Un registro de tratamiento (Parte 2) se adjunta a un caso.</translation>
    </message>
    <message>
        <source>A case paper (benefits, housing, letters) is attached to a case.</source>
        <translation>Un documento del caso (beneficios, vivienda, cartas) se adjunta a un caso.</translation>
    </message>
    <message>
        <source>A signed participation agreement is attached to a case.</source>
        <translation>Un acuerdo de participación firmado se adjunta a un caso.</translation>
    </message>
    <message>
        <source>Unknown kind of attachment {name}; one of {kinds}.</source>
        <translation>Tipo de adjunto desconocido: {name}; debe ser uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>The attachment size limit is between 1 and {most} MB.</source>
        <translation>El límite de tamaño de los adjuntos es de entre 1 y {most} MB.</translation>
    </message>
    <message>
        <source>The retention of removed attachments is between 30 and {most} days.</source>
        <translation>La retención de los adjuntos quitados es de entre 30 y {most} días.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>what it is, e.g. State ID (front)</source>
        <translation>qué es, p. ej. identificación estatal (frente)</translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation>Agregar desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Import from scan fo&amp;lder…</source>
        <translation>Importar de la car&amp;peta de escaneos…</translation>
    </message>
    <message>
        <source>Paste from clip&amp;board</source>
        <translation>Pegar desde el &amp;portapapeles</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Court paper</source>
        <translation>Documento judicial</translation>
    </message>
    <message>
        <source>Signed consent or revocation</source>
        <translation>Consentimiento o revocación firmados</translation>
    </message>
    <message>
        <source>Treatment record (Part 2)</source>
        <translation>Registro de tratamiento (Parte 2)</translation>
    </message>
    <message>
        <source>Case paper (benefits, housing, letters)</source>
        <translation>Documento del caso (beneficios, vivienda, cartas)</translation>
    </message>
    <message>
        <source>Signed participation agreement</source>
        <translation>Acuerdo de participación firmado</translation>
    </message>
    <message>
        <source>Case paper (benefits, housing, agreement)</source>
        <translation type="vanished">Documento del caso (beneficios, vivienda, acuerdo)</translation>
    </message>
    <message>
        <source>on a summons</source>
        <translation>de una citación</translation>
    </message>
    <message>
        <source>on a provider referral</source>
        <translation>de una remisión a un proveedor</translation>
    </message>
    <message>
        <source>VOID: %1</source>
        <translation>ANULADO: %1</translation>
    </message>
    <message>
        <source>Content deleted %1 (retention rule)</source>
        <translation>Contenido eliminado el %1 (regla de retención)</translation>
    </message>
    <message>
        <source>No scans (PDF, JPEG, PNG, TIFF) in %1.</source>
        <translation>No hay escaneos (PDF, JPEG, PNG, TIFF) en %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo.</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Attached %1 (kept encrypted in the database).</source>
        <translation>Se adjuntó %1 (guardado cifrado en la base de datos).</translation>
    </message>
    <message>
        <source>Removed (void): the content is kept as the retention rule requires.</source>
        <translation>Quitado (anulado): el contenido se conserva según exige la regla de retención.</translation>
    </message>
    <message>
        <source>Removed (void). It was the case&apos;s last signed participation agreement: the case no longer counts the agreement as signed. Have it signed again and attach the signed copy.</source>
        <translation>Quitado (anulado). Era el último acuerdo de participación firmado del caso: el caso ya no cuenta el acuerdo como firmado. Haga que se firme de nuevo y adjunte la copia firmada.</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>Quitar este adjunto</translation>
    </message>
    <message>
        <source>Why is it removed? (kept in the audit log)</source>
        <translation>¿Por qué se quita? (queda en el registro de auditoría)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The event log file {path} cannot be read: {reason}</source>
        <translation>No se puede leer el archivo del registro de eventos {path}: {reason}</translation>
    </message>
    <message>
        <source>The system log cannot be read here: journalctl is not installed.</source>
        <translation>No se puede leer el registro del sistema aquí: journalctl no está instalado.</translation>
    </message>
    <message>
        <source>journalctl could not read the log: {reason}</source>
        <translation>journalctl no pudo leer el registro: {reason}</translation>
    </message>
    <message>
        <source>Not accepted: {why}</source>
        <extracomment>Who is told at sign-in that the chain no longer holds. Records compared with their seals at each open (a window that moves on at every open; `lead-admin verify` compares them all).</extracomment>
        <translation>No aceptado: {why}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>La cadena de auditoría está intacta: se verificó %n entrada.</numerusform>
            <numerusform>La cadena de auditoría está intacta: se verificaron %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain holds, but a check against it failed:</source>
        <translation>La cadena de auditoría se mantiene, pero falló una verificación contra ella:</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1:</source>
        <translation>La cadena de auditoría está rota en la entrada %1:</translation>
    </message>
    <message>
        <source>The audit chain is broken:</source>
        <translation>La cadena de auditoría está rota:</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Código del evento</translation>
    </message>
    <message>
        <source>Show event &amp;codes</source>
        <translation>Mostrar los &amp;códigos de evento</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Registro de auditoría, lo más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} already exists; it was left as it was.</source>
        <translation>{path} ya existe; se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>The copy&apos;s row counts differ from the database&apos;s.</source>
        <translation>Los recuentos de filas de la copia no coinciden con los de la base de datos.</translation>
    </message>
    <message>
        <source>{path} failed its integrity check: {problem}</source>
        <translation>{path} no pasó la verificación de integridad: {problem}</translation>
    </message>
    <message>
        <source>{path} does not hold every row of the original.</source>
        <translation>{path} no contiene todas las filas del original.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>This workstation has no key for the backup {path} (fingerprint {fingerprint}).</source>
        <translation>Este equipo no tiene una clave para la copia de seguridad {path} (huella {fingerprint}).</translation>
    </message>
    <message>
        <source>{path} exists; pass --force to replace it with the backup (the current file is kept in the backups folder first).</source>
        <translation>{path} ya existe; use --force para reemplazarlo con la copia de seguridad (antes, el archivo actual se guarda en la carpeta de copias).</translation>
    </message>
    <message>
        <source>Backups cannot be written to {folder} ({why}).</source>
        <translation>No se pueden guardar copias de seguridad en {folder} ({why}).</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <source>How the date of birth is known</source>
        <translation>Cómo se conoce la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Estimated year</source>
        <translation>Año estimado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Estimated year of birth</source>
        <translation>Año de nacimiento estimado</translation>
    </message>
    <message>
        <source>enter the date, or choose &apos;Estimated year&apos; or &apos;Unknown&apos;</source>
        <translation>escriba la fecha, o elija &apos;Año estimado&apos; o &apos;Desconocida&apos;</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Timeline of the case</source>
        <translation>Cronología del caso</translation>
    </message>
    <message>
        <source>the program&apos;s deadline</source>
        <translation>el plazo del programa</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>autor desconocido</translation>
    </message>
    <message>
        <source>Referred (%1) by %2</source>
        <translation>Remitido (%1) por %2</translation>
    </message>
    <message>
        <source>Now %1, by %2</source>
        <translation>Ahora %1, por %2</translation>
    </message>
    <message>
        <source>on the waitlist of %1 since %2</source>
        <translation>en la lista de espera de %1 desde %2</translation>
    </message>
    <message>
        <source>Contact: %1, %2 min, by %3</source>
        <translation>Contacto: %1, %2 min, por %3</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>This person already has an open case ({state}): open it rather than a second case.</source>
        <translation>Esta persona ya tiene un caso abierto ({state}): ábralo en lugar de abrir un segundo caso.</translation>
    </message>
    <message>
        <source>The program profile {key} this case was accepted under is not installed.</source>
        <translation>No está instalado el perfil de programa {key} con el que se aceptó este caso.</translation>
    </message>
    <message>
        <source>No program profile {key}.</source>
        <translation>No existe el perfil de programa {key}.</translation>
    </message>
    <message>
        <source>Only a supervisor reassigns a case that already has a case manager.</source>
        <translation>Solo un(a) supervisor(a) puede reasignar un caso que ya tiene administrador(a) de caso.</translation>
    </message>
    <message>
        <source>A case manager records the hand-off to themselves; only a supervisor assigns a case to someone else.</source>
        <translation>Un(a) administrador(a) de caso registra el traspaso a su propio cargo; solo un(a) supervisor(a) asigna un caso a otra persona.</translation>
    </message>
    <message>
        <source>Choose a case manager.</source>
        <translation>Elija un(a) administrador(a) de caso.</translation>
    </message>
    <message>
        <source>The hand-off time cannot be in the future.</source>
        <translation>La hora del traspaso no puede ser futura.</translation>
    </message>
    <message>
        <source>{manager} has {load} open cases; the maximum is {maximum}. A supervisor may assign more, with a reason.</source>
        <translation>{manager} tiene {load} casos abiertos; el máximo es {maximum}. Un(a) supervisor(a) puede asignar más, indicando un motivo.</translation>
    </message>
    <message>
        <source>{manager} has {load} open cases; the maximum is {maximum}. Give the reason for going over it.</source>
        <translation>{manager} tiene {load} casos abiertos; el máximo es {maximum}. Indique el motivo para superarlo.</translation>
    </message>
    <message>
        <source>This case has not been ineligible.</source>
        <translation>Este caso no ha sido declarado no elegible.</translation>
    </message>
    <message>
        <source>This case has not been completed.</source>
        <translation>Este caso no se ha completado.</translation>
    </message>
    <message>
        <source>Only the prosecutor&apos;s office acknowledges a completion notice.</source>
        <translation>Solo la fiscalía acusa recibo de un aviso de finalización.</translation>
    </message>
    <message>
        <source>This case has not completed the program: there is no completion notice to acknowledge.</source>
        <translation>Este caso no ha completado el programa: no hay ningún aviso de finalización del cual acusar recibo.</translation>
    </message>
    <message>
        <source>{key} is not a reviewer question.</source>
        <translation>{key} no es una pregunta para el/la revisor(a).</translation>
    </message>
    <message>
        <source>A case manager proposes removal, exit or completion only.</source>
        <translation>Un(a) administrador(a) de caso solo propone la expulsión, la salida o la finalización.</translation>
    </message>
    <message>
        <source>This case is on another case manager&apos;s caseload.</source>
        <translation>Este caso está en la carga de casos de otro(a) administrador(a) de caso.</translation>
    </message>
    <message>
        <source>Say why the proposal is declined.</source>
        <translation>Indique por qué se rechaza la propuesta.</translation>
    </message>
    <message>
        <source>A supervisor decides a case manager&apos;s proposal.</source>
        <translation>Un(a) supervisor(a) decide la propuesta de un(a) administrador(a) de caso.</translation>
    </message>
    <message>
        <source>This proposal has already been decided.</source>
        <translation>Esta propuesta ya se decidió.</translation>
    </message>
</context>
<context>
    <name>ChainAlert</name>
    <message>
        <source>Records of this database were changed outside LEAD Desktop: they no longer match what the app wrote into the audit log (the details name each record and since when). This was recorded. Keep the file as it is, run `lead-admin verify` and contact IT security.</source>
        <translation>Se modificaron registros de esta base de datos fuera de LEAD Desktop: ya no coinciden con lo que la aplicación anotó en el registro de auditoría (los detalles indican cada registro y desde cuándo). Esto quedó registrado. Deje el archivo tal como está, ejecute `lead-admin verify` y comuníquese con seguridad informática.</translation>
    </message>
    <message>
        <source>The audit log of this database failed its check: it no longer holds what this workstation or the system event log saw, or its protection was changed. It may have been rewritten, cut short or wiped. This was recorded. Keep the file as it is, run `lead-admin verify --event-log` and contact IT security.</source>
        <translation>El registro de auditoría de esta base de datos no pasó la verificación: ya no contiene lo que vio este equipo o el registro de eventos del sistema, o se cambió su protección. Puede haber sido reescrito, recortado o borrado. Esto quedó registrado. Deje el archivo tal como está, ejecute `lead-admin verify --event-log` y comuníquese con seguridad informática.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una contraseña nueva</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password (12+ characters; a phrase is good)</source>
        <translation>Contraseña nueva (12 caracteres o más; una frase sirve)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Your password is temporary: choose your own.</source>
        <translation>Su contraseña es temporal: elija una propia.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Exploits minors</source>
        <translation>Explota a menores</translation>
    </message>
    <message>
        <source>Promoting prostitution</source>
        <translation>Promoción de la prostitución</translation>
    </message>
    <message>
        <source>Sex offense</source>
        <translation>Delito sexual</translation>
    </message>
    <message>
        <source>Violent conviction within {value} years</source>
        <translation>Condena por violencia en los últimos {value} años</translation>
    </message>
    <message>
        <source>Assault (female, officer, deadly weapon) within {value} years</source>
        <translation>Agresión (a una mujer, a un agente, con arma mortal) en los últimos {value} años</translation>
    </message>
    <message>
        <source>Lengthy record (DA judgement)</source>
        <translation>Antecedentes extensos (criterio de la fiscalía)</translation>
    </message>
    <message>
        <source>On probation or parole</source>
        <translation>En libertad a prueba o condicional</translation>
    </message>
    <message>
        <source>Open treatment-court case</source>
        <translation>Caso abierto en un tribunal de tratamiento</translation>
    </message>
    <message>
        <source>Protective order barring contact with a participant</source>
        <translation>Orden de protección que prohíbe el contacto con un participante</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <extracomment>Reviewer answers, keyed as REVIEWER_ITEMS: True = the exclusion applies. the same as messages, for the form to show in the user&apos;s language</extracomment>
        <translation>aún sin verificar</translation>
    </message>
    <message>
        <source>Referral type accepted</source>
        <translation>Tipo de remisión aceptado</translation>
    </message>
    <message>
        <source>{kind} is accepted by {program}</source>
        <translation>{program} acepta: {kind}</translation>
    </message>
    <message>
        <source>{kind} is not accepted by {program}</source>
        <translation>{program} no acepta: {kind}</translation>
    </message>
    <message>
        <source>Age {min_age} or over</source>
        <translation>{min_age} años o más</translation>
    </message>
    <message>
        <source>date of birth not recorded</source>
        <translation>fecha de nacimiento no registrada</translation>
    </message>
    <message>
        <source>{age} years old on the referral date</source>
        <translation>{age} años en la fecha de la remisión</translation>
    </message>
    <message>
        <source>Quantity at most {n}g</source>
        <translation>Cantidad de {n} g como máximo</translation>
    </message>
    <message>
        <source>Quantity at most {n} dosage units</source>
        <translation>Cantidad de {n} dosis como máximo</translation>
    </message>
    <message>
        <source>no drugs: a prostitution arrest</source>
        <translation>sin drogas: arresto por prostitución</translation>
    </message>
    <message>
        <source>quantity not recorded</source>
        <translation>cantidad no registrada</translation>
    </message>
    <message>
        <source>quantity recorded in {recorded}, the limit is in {unit}</source>
        <translation>cantidad registrada en {recorded}; el límite está en {unit}</translation>
    </message>
    <message>
        <source>{n}g recorded</source>
        <translation>{n} g registrados</translation>
    </message>
    <message>
        <source>{n} dosage units recorded</source>
        <translation>{n} dosis registradas</translation>
    </message>
    <message>
        <source>No distribution</source>
        <translation>Sin distribución</translation>
    </message>
    <message>
        <source>No distribution above subsistence</source>
        <translation>Sin distribución más allá de la subsistencia</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>distribution: {what}</source>
        <translation>distribución: {what}</translation>
    </message>
    <message>
        <source>Fewer than {n} prior convictions</source>
        <translation>Menos de {n} condenas anteriores</translation>
    </message>
    <message>
        <source>{n} prior convictions</source>
        <translation>{n} condenas anteriores</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>aplica</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>Referral originates in the catchment area</source>
        <translation>La remisión procede del área de servicio</translation>
    </message>
    <message>
        <source>override: {why}</source>
        <translation>excepción: {why}</translation>
    </message>
    <message>
        <source>origin not recorded</source>
        <translation>origen no registrado</translation>
    </message>
    <message>
        <source>originates in {area}</source>
        <translation>procede de {area}</translation>
    </message>
    <message>
        <source>Verified prior activity within {n} months</source>
        <translation>Actividad previa verificada en los últimos {n} meses</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>verified {day}</source>
        <translation>verificada el {day}</translation>
    </message>
    <message>
        <source>Offenses eligible for diversion</source>
        <translation>Delitos elegibles para la derivación</translation>
    </message>
    <message>
        <source>no offense recorded</source>
        <translation>ningún delito registrado</translation>
    </message>
    <message>
        <source>not eligible: {codes}</source>
        <translation>no elegibles: {codes}</translation>
    </message>
    <message>
        <source>all eligible</source>
        <translation>todos elegibles</translation>
    </message>
    <message>
        <source>The decision must be one of: {decisions}.</source>
        <translation>La decisión debe ser una de estas: {decisions}.</translation>
    </message>
    <message>
        <source>The reason code must be one of: {reasons}.</source>
        <translation>El código de motivo debe ser uno de estos: {reasons}.</translation>
    </message>
    <message>
        <source>Give a reason code for this decision.</source>
        <translation>Indique un código de motivo para esta decisión.</translation>
    </message>
    <message>
        <source>These exclusions fire: {names}. Decide ineligible, or eligible with override and a reason code.</source>
        <translation>Se aplican estas exclusiones: {names}. Decida no elegible, o elegible con excepción y un código de motivo.</translation>
    </message>
</context>
<context>
    <name>CodeLists</name>
    <message>
        <source>No code {code} on the {list} list.</source>
        <translation>No existe el código {code} en la lista {list}.</translation>
    </message>
    <message>
        <source>{code} was retired on {day}.</source>
        <translation>{code} se retiró el {day}.</translation>
    </message>
    <message>
        <source>{code} is in use from {day}: retire it on that day or later.</source>
        <translation>{code} está en uso desde el {day}: retírelo ese día o más tarde.</translation>
    </message>
    <message>
        <source>Someone changed the words of {code} since you opened it; open it again to see them.</source>
        <translation>Alguien cambió las palabras de {code} después de que usted lo abrió; ábralo de nuevo para verlas.</translation>
    </message>
</context>
<context>
    <name>CodeListsPage</name>
    <message>
        <source>Offense codes</source>
        <translation>Códigos de delito</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>Motivos de salida</translation>
    </message>
    <message>
        <source>Contact types</source>
        <translation>Tipos de contacto</translation>
    </message>
    <message>
        <source>Housing categories</source>
        <translation>Categorías de vivienda</translation>
    </message>
    <message>
        <source>Employment categories</source>
        <translation>Categorías de empleo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Statute</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>En uso desde</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>Retired from</source>
        <translation>Retirado desde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code lists&lt;/b&gt;: what the forms offer. A retired code is no longer offered; records that carry it still read it.</source>
        <translation>&lt;b&gt;Listas de códigos&lt;/b&gt;: lo que ofrecen los formularios. Un código retirado ya no se ofrece; los registros que lo llevan lo siguen mostrando.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Add a code</source>
        <translation>Agregar un código</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Agregar código</translation>
    </message>
    <message>
        <source>The selected code</source>
        <translation>El código seleccionado</translation>
    </message>
    <message>
        <source>Save the words</source>
        <translation>Guardar el texto</translation>
    </message>
    <message>
        <source>Retire from</source>
        <translation>Retirar desde</translation>
    </message>
    <message>
        <source>Retire the code</source>
        <translation>Retirar el código</translation>
    </message>
    <message>
        <source>Added %1: forms offer it from %2.</source>
        <translation>Se agregó %1: los formularios lo ofrecen desde %2.</translation>
    </message>
    <message>
        <source>Select a code first.</source>
        <translation>Seleccione primero un código.</translation>
    </message>
    <message>
        <source>New words for %1 saved; records that carry it read them.</source>
        <translation>Se guardó el nuevo texto de %1; los registros que lo llevan lo muestran.</translation>
    </message>
    <message>
        <source>%1 is no longer offered from %2; records that carry it still read it.</source>
        <translation>%1 ya no se ofrece desde %2; los registros que lo llevan lo siguen mostrando.</translation>
    </message>
</context>
<context>
    <name>CompletionAcknowledgment</name>
    <message>
        <source>Completion notice</source>
        <translation>Aviso de finalización</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, born %2&lt;br&gt;Completed the program on %3. The notice tells your office that the charges for this referral are not to be filed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, nacido/a el %2&lt;br&gt;Completó el programa el %3. El aviso informa a su oficina que los cargos de esta remisión no deben presentarse.</translation>
    </message>
    <message>
        <source>&amp;Read the notice…</source>
        <translation>&amp;Leer el aviso…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acusar recibo</translation>
    </message>
</context>
<context>
    <name>ComplianceDecision</name>
    <message>
        <source>Compliance decision</source>
        <translation>Decisión de cumplimiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, born %2&lt;br&gt;Case: %3 since %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, nacido/a el %2&lt;br&gt;Caso: %3 desde el %4</translation>
    </message>
    <message>
        <source>file charges (summons)</source>
        <translation>presentar cargos (citación)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No decision is open for this case.</source>
        <translation>No hay ninguna decisión pendiente para este caso.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved first</source>
        <translation>Otra persona guardó primero</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Saved by them</source>
        <translation>Guardado por la otra persona</translation>
    </message>
    <message>
        <source>Yours, not saved yet</source>
        <translation>Lo suyo, aún sin guardar</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar lo de la otra persona</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Guardar lo mío encima</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Someone else saved this record ({record}) after you opened it. Nothing was overwritten; compare both versions and save again.</source>
        <translation>Otra persona guardó este registro ({record}) después de que usted lo abrió. No se sobrescribió nada; compare ambas versiones y guarde de nuevo.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>LEAD program case management</source>
        <translation>Administración de casos del programa LEAD</translation>
    </message>
    <message>
        <source>Recipient class</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>or a class, e.g. treatment provider</source>
        <translation>o un tipo, p. ej. proveedor de tratamiento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Who discloses</source>
        <translation>Quién divulga</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>Choose wording (English / Spanish)…</source>
        <translation>Elegir redacción (inglés / español)…</translation>
    </message>
    <message>
        <source>Recipient class in both languages</source>
        <translation>Tipo de destinatario en ambos idiomas</translation>
    </message>
    <message>
        <source>What information (be specific)</source>
        <translation>Qué información (sea específico)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="vanished">Propósito</translation>
    </message>
    <message>
        <source>Information in both languages</source>
        <translation>Información en ambos idiomas</translation>
    </message>
    <message>
        <source>Purpose of the disclosure</source>
        <translation>Propósito de la divulgación</translation>
    </message>
    <message>
        <source>Purpose in both languages</source>
        <translation>Propósito en ambos idiomas</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>§2.35: revocable after</source>
        <translation>§2.35: revocable después de</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>recipient class</source>
        <translation>tipo de destinatario</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>propósito</translation>
    </message>
    <message>
        <source>Save (draft)</source>
        <translation>Guardar (borrador)</translation>
    </message>
    <message>
        <source>wet ink, scanned</source>
        <translation>firma en papel, escaneada</translation>
    </message>
    <message>
        <source>e-signature</source>
        <translation>firma electrónica</translation>
    </message>
    <message>
        <source>Signed copy… and activate</source>
        <translation>Copia firmada… y activar</translation>
    </message>
    <message>
        <source>Sign on &amp;screen… and activate</source>
        <translation>Firmar en &amp;pantalla… y activar</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>Se conservó la versión guardada por otra persona.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Saved as a draft: attach the signed copy to activate it.</source>
        <translation>Guardado como borrador: adjunte la copia firmada para activarlo.</translation>
    </message>
    <message>
        <source>The signed consent (scan or PDF)</source>
        <translation>El consentimiento firmado (escaneo o PDF)</translation>
    </message>
    <message>
        <source>Signed consent (%1)</source>
        <translation>Consentimiento firmado (%1)</translation>
    </message>
    <message>
        <source>Sign the consent</source>
        <translation>Firmar el consentimiento</translation>
    </message>
    <message>
        <source>Not signed: the consent stays a draft.</source>
        <translation>Sin firmar: el consentimiento sigue como borrador.</translation>
    </message>
    <message>
        <source>Signed on screen: the consent is active.</source>
        <translation>Firmado en pantalla: el consentimiento está activo.</translation>
    </message>
    <message>
        <source>The consent is active.</source>
        <translation>El consentimiento está activo.</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>Only a supervisor may override the consent guard.</source>
        <translation>Solo un(a) supervisor(a) puede hacer una excepción al control de consentimiento.</translation>
    </message>
    <message>
        <source>Only a draft consent can be edited (this one is {status}).</source>
        <translation>Solo se puede editar un consentimiento en borrador (este tiene el estado {status}).</translation>
    </message>
    <message>
        <source>A consent stays with the person it was recorded for.</source>
        <translation>Un consentimiento permanece con la persona para la que se registró.</translation>
    </message>
    <message>
        <source>Only a draft consent can be activated (this one is {status}).</source>
        <translation>Solo se puede activar un consentimiento en borrador (este tiene el estado {status}).</translation>
    </message>
    <message>
        <source>Record how the revocation was received (in writing).</source>
        <translation>Registre cómo se recibió la revocación (por escrito).</translation>
    </message>
    <message>
        <source>Cannot revoke: {why}.</source>
        <translation>No se puede revocar: {why}.</translation>
    </message>
    <message>
        <source>This consent is {status}: it can no longer be revoked.</source>
        <translation>Este consentimiento está {status}: ya no se puede revocar.</translation>
    </message>
    <message>
        <source>This consent is already superseded.</source>
        <translation>Este consentimiento ya fue reemplazado.</translation>
    </message>
    <message>
        <source>Part 2 material must go out with the §2.32 notice.</source>
        <translation>El material de la Parte 2 debe enviarse con el aviso del §2.32.</translation>
    </message>
    <message>
        <source>List what was sent, with a hash of each file.</source>
        <translation>Indique lo que se envió, con un hash de cada archivo.</translation>
    </message>
    <message>
        <source>A legal basis is one of {bases}, with its citation.</source>
        <translation>La base legal debe ser una de estas: {bases}, con su cita legal.</translation>
    </message>
    <message>
        <source>No consent valid today names {recipient}.</source>
        <translation>Ningún consentimiento vigente hoy nombra a {recipient}.</translation>
    </message>
    <message>
        <source>voided</source>
        <extracomment>why not, as a message (English in logs; the UI shows it in the user&apos;s language)</extracomment>
        <translation>anulado</translation>
    </message>
    <message>
        <source>revoked on {day}</source>
        <translation>revocado el {day}</translation>
    </message>
    <message>
        <source>superseded by a newer consent</source>
        <translation>reemplazado por un consentimiento más reciente</translation>
    </message>
    <message>
        <source>expired on {day}</source>
        <translation>vencido el {day}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>not signed and activated yet</source>
        <translation>todavía sin firmar ni activar</translation>
    </message>
    <message>
        <source>this §2.35 consent cannot be revoked before {day}</source>
        <translation>este consentimiento del §2.35 no se puede revocar antes del {day}</translation>
    </message>
    <message>
        <source>Unknown signer {signer}.</source>
        <translation>Firmante desconocido: {signer}.</translation>
    </message>
</context>
<context>
    <name>CourtDateDialog</name>
    <message>
        <source>Court and appearance date</source>
        <translation>Tribunal y fecha de comparecencia</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Next sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <source>None recorded: weekdays that are not holidays</source>
        <translation>Ninguno registrado: días entre semana que no son feriados</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Appearance date</source>
        <translation>Fecha de comparecencia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>The program has no courts yet: an administrator adds them under Administration.</source>
        <translation>El programa aún no tiene tribunales: un(a) administrador(a) los agrega en Administración.</translation>
    </message>
    <message>
        <source>%1 is a Saturday: courts do not usually sit on a weekend.</source>
        <translation>%1 es sábado: los tribunales no suelen sesionar en fin de semana.</translation>
    </message>
    <message>
        <source>%1 is a Sunday: courts do not usually sit on a weekend.</source>
        <translation>%1 es domingo: los tribunales no suelen sesionar en fin de semana.</translation>
    </message>
    <message>
        <source>%1 is a holiday (%2): courts are closed.</source>
        <translation>%1 es feriado (%2): los tribunales están cerrados.</translation>
    </message>
    <message>
        <source>%1 is not a session day of this court (%2).</source>
        <translation>%1 no es un día de sesión de este tribunal (%2).</translation>
    </message>
    <message>
        <source>Check the date: %1 You can still save it.</source>
        <translation>Revise la fecha: %1 Aun así puede guardarla.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>within target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>por encima del objetivo</translation>
    </message>
    <message>
        <source>over maximum</source>
        <translation>por encima del máximo</translation>
    </message>
    <message>
        <source>Counts of 1 to 10 people are shown as &lt;11.</source>
        <translation>Los recuentos de 1 a 10 personas se muestran como &lt;11.</translation>
    </message>
    <message>
        <source>Referrals per month by type</source>
        <translation>Remisiones por mes según el tipo</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>cupo</translation>
    </message>
    <message>
        <source>active at the month&apos;s end</source>
        <translation>activos al final del mes</translation>
    </message>
    <message>
        <source>Active participants against the program&apos;s capacity</source>
        <translation>Participantes activos frente al cupo del programa</translation>
    </message>
    <message>
        <source>The program profile sets no capacity.</source>
        <translation>El perfil del programa no fija un cupo.</translation>
    </message>
    <message>
        <source>Intakes within the deadline</source>
        <translation>Admisiones dentro del plazo</translation>
    </message>
    <message>
        <source>intakes</source>
        <translation>admisiones</translation>
    </message>
    <message>
        <source>within the deadline</source>
        <translation>dentro del plazo</translation>
    </message>
    <message>
        <source>within the deadline, %</source>
        <translation>dentro del plazo, %</translation>
    </message>
    <message>
        <source>Appointments by attendance</source>
        <translation>Citas según la asistencia</translation>
    </message>
    <message>
        <source>Exits by type</source>
        <translation>Salidas según el tipo</translation>
    </message>
    <message>
        <source>month {number}</source>
        <translation>mes {number}</translation>
    </message>
    <message>
        <source>Housing by month since entry, % of snapshots</source>
        <translation>Vivienda por mes desde el ingreso, % de los resúmenes</translation>
    </message>
    <message>
        <source>No monthly snapshot of the people who entered in the period.</source>
        <translation>No hay un resumen mensual de las personas que ingresaron en el período.</translation>
    </message>
    <message>
        <source>within target (0-{target})</source>
        <translation>dentro del objetivo (0-{target})</translation>
    </message>
    <message>
        <source>above target ({low}-{high})</source>
        <translation>por encima del objetivo ({low}-{high})</translation>
    </message>
    <message>
        <source>over maximum ({low} or more)</source>
        <translation>por encima del máximo ({low} o más)</translation>
    </message>
    <message>
        <source>Case managers by caseload against the standard</source>
        <translation>Administradores de casos según la carga de casos frente al estándar</translation>
    </message>
    <message>
        <source>case managers</source>
        <translation>administradores de caso</translation>
    </message>
    <message>
        <source>their cases</source>
        <translation>sus casos</translation>
    </message>
    <message>
        <source>Caseload per case manager against the standard</source>
        <translation>Carga de casos por administrador(a) de caso frente al estándar</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>{count} case managers: the chart shows the {shown} largest caseloads; every one is in the table.</source>
        <translation>{count} administradores de caso: el gráfico muestra las {shown} cargas de casos más grandes; todas están en la tabla.</translation>
    </message>
    <message>
        <source>Program dashboard</source>
        <translation>Panel de control del programa</translation>
    </message>
    <message>
        <source>My caseload dashboard</source>
        <translation>Panel de control de mi carga de casos</translation>
    </message>
    <message>
        <source>Program totals dashboard</source>
        <translation>Panel de control de totales del programa</translation>
    </message>
    <message>
        <source>Evaluation dashboard (de-identified)</source>
        <translation>Panel de control de evaluación (desidentificado)</translation>
    </message>
    <message>
        <source>{title}: the {count} above target of {total}</source>
        <translation>{title}: {count} de {total} por encima del objetivo</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>todos los tipos</translation>
    </message>
    <message>
        <source>Referral type: {kind}</source>
        <translation>Tipo de remisión: {kind}</translation>
    </message>
    <message>
        <source>Counts of 1 to 10 people are shown as &lt;11; no person and no case is listed.</source>
        <translation>Los recuentos de 1 a 10 personas se muestran como &lt;11; no se lista a ninguna persona ni ningún caso.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Every case manager</source>
        <translation>Todos los administradores de casos</translation>
    </message>
    <message>
        <source>Every referral type</source>
        <translation type="vanished">Todos los tipos de remisión</translation>
    </message>
    <message>
        <source>Arrest diversion</source>
        <translation type="vanished">Desvío en el arresto</translation>
    </message>
    <message>
        <source>Social contact</source>
        <translation type="vanished">Contacto social</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="vanished">Comunitaria</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="vanished">&amp;Mostrar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="vanished">Cance&amp;lar</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>The program at a glance</source>
        <translation>El programa de un vistazo</translation>
    </message>
    <message>
        <source>My caseload at a glance</source>
        <translation>Mi carga de casos de un vistazo</translation>
    </message>
    <message>
        <source>Program totals: counts of 1 to 10 people show as &lt;11; no person is listed.</source>
        <translation>Totales del programa: los recuentos de 1 a 10 personas se muestran como &lt;11; no se lista a ninguna persona.</translation>
    </message>
    <message>
        <source>De-identified: whole months, counts of 1 to 10 people show as &lt;11, no person or case manager named.</source>
        <translation>Desidentificado: meses completos, los recuentos de 1 a 10 personas se muestran como &lt;11, sin nombrar a ninguna persona ni administrador(a) de caso.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>The people behind the chosen number; double-click one to open the person.</source>
        <translation>Las personas detrás del número elegido; haga doble clic en una para abrir la persona.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="vanished">Calculando…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="vanished">Cancelando…</translation>
    </message>
    <message>
        <source>Computing… (%1 of %2)</source>
        <translation type="vanished">Calculando… (%1 de %2)</translation>
    </message>
    <message>
        <source>Choose a number in a table to list the people behind it.</source>
        <translation>Elija un número en una tabla para listar las personas detrás de él.</translation>
    </message>
    <message>
        <source>%1 charts, %2 to %3.</source>
        <translation>%1 gráficos, del %2 al %3.</translation>
    </message>
    <message>
        <source>The dashboard was canceled.</source>
        <translation>Se canceló el panel de control.</translation>
    </message>
    <message>
        <source>The dashboard could not be computed.</source>
        <translation>No se pudo calcular el panel de control.</translation>
    </message>
    <message>
        <source>No one.</source>
        <translation>Nadie.</translation>
    </message>
    <message>
        <source>The people could not be listed.</source>
        <translation>No se pudo listar a las personas.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Guardar el panel de control</translation>
    </message>
    <message>
        <source>Saved %1 numbers to %2 (not encrypted).</source>
        <translation>Se guardaron %1 números en %2 (sin cifrar).</translation>
    </message>
    <message>
        <source>within target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>por encima del objetivo</translation>
    </message>
    <message>
        <source>over maximum</source>
        <translation>por encima del máximo</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} already exists; it was left as it was.</source>
        <extracomment>Told (from any thread) when a signed-in session is ended by a change to its account (security/session_check.py); the desktop app returns to sign-in. Audit entries of reads the user waits on, written by the next write (or settle/close). While a thread holds it, that thread&apos;s writes and reads join one transaction.</extracomment>
        <translation>{path} ya existe; se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>The database cannot be created at {path}: the folder cannot be written ({reason}). Nothing was created.</source>
        <translation>No se puede crear la base de datos en {path}: no se puede escribir en la carpeta ({reason}). No se creó nada.</translation>
    </message>
    <message>
        <source>This workstation has no key for the database at {path} (fingerprint {fingerprint}, credential store {store}).</source>
        <translation>Este equipo no tiene una clave para la base de datos en {path} (huella {fingerprint}, almacén de credenciales {store}).</translation>
    </message>
    <message>
        <source>The key this workstation holds for {path} (fingerprint {fingerprint}) is an old one: the database was re-encrypted with a new key.</source>
        <translation>La clave que este equipo tiene para {path} (huella {fingerprint}) es antigua: la base de datos se volvió a cifrar con una clave nueva.</translation>
    </message>
    <message>
        <source>{path} is an encrypted database, but not a LEAD one.</source>
        <translation>{path} es una base de datos cifrada, pero no de LEAD.</translation>
    </message>
    <message>
        <source>{path} has schema {current}, newer than this program knows.</source>
        <translation>{path} tiene el esquema {current}, más reciente de lo que conoce este programa.</translation>
    </message>
    <message>
        <source>{path} has schema {current}; this program needs {head}. Nothing was changed.</source>
        <translation>{path} tiene el esquema {current}; este programa necesita {head}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The upgrade of {path} from {current} failed and was rolled back: the schema is still {current} ({reason}).</source>
        <translation>La actualización de {path} desde {current} falló y se deshizo: el esquema sigue siendo {current} ({reason}).</translation>
    </message>
    <message>
        <source>a database server (the note beside the file could not be read)</source>
        <translation>un servidor de base de datos (no se pudo leer la nota junto al archivo)</translation>
    </message>
    <message>
        <source>{path} is no longer in use: its program moved to {server}. The file was kept as it was, and nothing was written to it.</source>
        <translation>{path} ya no está en uso: su programa se trasladó a {server}. El archivo se conservó tal como estaba y no se escribió nada en él.</translation>
    </message>
    <message>
        <source>{user} on {workstation} since {opened} UTC</source>
        <translation>{user} en {workstation} desde {opened} UTC</translation>
    </message>
    <message>
        <source>The {what} was not started: 1 workstation is connected: {who}.</source>
        <translation>No se inició la operación de {what}: hay 1 equipo conectado: {who}.</translation>
    </message>
    <message>
        <source>The {what} was not started: {count} workstations are connected: {who}.</source>
        <translation>No se inició la operación de {what}: hay {count} equipos conectados: {who}.</translation>
    </message>
    <message>
        <source>No database file at {path}.</source>
        <translation>No hay ningún archivo de base de datos en {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite file; it was not opened.</source>
        <translation>{path} es un archivo SQLite sin cifrar; no se abrió.</translation>
    </message>
    <message>
        <source>{path} is incomplete ({size} bytes; a LEAD database is made of whole {page}-byte pages). It may have been cut off during a copy or a crash.</source>
        <translation>{path} está incompleto ({size} bytes; una base de datos LEAD se compone de páginas completas de {page} bytes). Puede haberse cortado durante una copia o un fallo.</translation>
    </message>
    <message>
        <source>{path} is damaged and could not be read ({reason}).</source>
        <translation>{path} está dañado y no se pudo leer ({reason}).</translation>
    </message>
    <message>
        <source>The key does not open {path}.</source>
        <translation>La clave no abre {path}.</translation>
    </message>
    <message>
        <source>Some text holds a broken character and could not be saved; nothing was changed. Please type it again.</source>
        <translation>Un texto contiene un carácter dañado y no se pudo guardar; no se cambió nada. Escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>save</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>verificación</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauración</translation>
    </message>
    <message>
        <source>rekey</source>
        <translation>cambio de clave</translation>
    </message>
    <message>
        <source>schema upgrade</source>
        <translation>actualización del esquema</translation>
    </message>
    <message>
        <source>migration to a server</source>
        <translation>migración a un servidor</translation>
    </message>
    <message>
        <source>The {what} waited {seconds} s for another workstation and was not done.</source>
        <extracomment>SQLite&apos;s own busy wait within one attempt; short, so the user hears of waiting early.</extracomment>
        <translation>La operación de {what} esperó {seconds} s a otro equipo y no se realizó.</translation>
    </message>
</context>
<context>
    <name>DatabaseCarePanel</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Carpeta de copias…</translation>
    </message>
    <message>
        <source>&amp;Enroll a workstation…</source>
        <translation>&amp;Inscribir un equipo…</translation>
    </message>
    <message>
        <source>A one-time code that lets another workstation open this database without the recovery key</source>
        <translation>Un código de un solo uso que permite a otro equipo abrir esta base de datos sin la clave de recuperación</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Connected since (UTC)</source>
        <translation type="vanished">Conectado desde (UTC)</translation>
    </message>
    <message>
        <source>Last heard (UTC)</source>
        <translation type="vanished">Última señal (UTC)</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Última señal</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Workstations with the database open (restore and rekey need everyone else out)</source>
        <translation>Equipos con la base de datos abierta (restaurar y cambiar la clave requieren que todos los demás hayan salido)</translation>
    </message>
    <message>
        <source>No backup yet in %1.</source>
        <translation>Aún no hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2 kept in %3).</source>
        <translation>Última copia de seguridad válida: %1 (%2 guardadas en %3).</translation>
    </message>
    <message>
        <source>Warning: no backup in the last 2 days. Back up now, and check the backup folder is reachable.</source>
        <translation>Advertencia: no hay copias de seguridad de los últimos 2 días. Haga una copia ahora y compruebe que la carpeta de copias esté accesible.</translation>
    </message>
    <message>
        <source>Backing up and verifying…</source>
        <translation>Haciendo la copia de seguridad y verificándola…</translation>
    </message>
    <message>
        <source>Where automatic backups go (a second disk or a network folder)</source>
        <translation>Dónde se guardan las copias automáticas (un segundo disco o una carpeta de red)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This database was not created as a demo, so synthetic participants are not written into it (they would mix with the program&apos;s real records and reports). Create a demo database with `lead-admin init --demo ...` or use `lead-desktop --demo`.</source>
        <translation>Esta base de datos no se creó como demostración, así que no se escriben en ella participantes ficticios (se mezclarían con los registros e informes reales del programa). Cree una base de datos de demostración con `lead-admin init --demo ...` o use `lead-desktop --demo`.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>e.g. Mon 09:00; Thu 14:00</source>
        <translation>p. ej. Lun 09:00; Jue 14:00</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Badge format</source>
        <translation>Formato de placa</translation>
    </message>
    <message>
        <source>a pattern, e.g. \d{4} for 4 digits</source>
        <translation>un patrón, p. ej. \d{4} para 4 dígitos</translation>
    </message>
    <message>
        <source>24-hour number</source>
        <translation>Número de atención 24 horas</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Tribunales</translation>
    </message>
    <message>
        <source>New court</source>
        <translation>Nuevo tribunal</translation>
    </message>
    <message>
        <source>Save court</source>
        <translation>Guardar tribunal</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencias</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Nueva agencia</translation>
    </message>
    <message>
        <source>Save agency</source>
        <translation>Guardar agencia</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>El programa</translation>
    </message>
    <message>
        <source>Save number</source>
        <translation>Guardar número</translation>
    </message>
    <message>
        <source>Saved the court %1.</source>
        <translation>Se guardó el tribunal %1.</translation>
    </message>
    <message>
        <source>Saved the agency %1.</source>
        <translation>Se guardó la agencia %1.</translation>
    </message>
    <message>
        <source>Saved the 24-hour number.</source>
        <translation>Se guardó el número de atención 24 horas.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The template cannot be read: {reason}</source>
        <translation>No se puede leer la plantilla: {reason}</translation>
    </message>
    <message>
        <source>The field map {source} cannot be read: {reason}</source>
        <translation>No se puede leer el mapa de campos {source}: {reason}</translation>
    </message>
    <message>
        <source>The template {template} cannot be used: {problems}</source>
        <translation>No se puede usar la plantilla {template}: {problems}</translation>
    </message>
    <message>
        <source>the PDF cannot be read ({reason})</source>
        <translation>no se puede leer el PDF ({reason})</translation>
    </message>
    <message>
        <source>the PDF has no fillable fields</source>
        <translation>el PDF no tiene campos rellenables</translation>
    </message>
    <message>
        <source>{key}: the PDF has no field named {name}</source>
        <translation>{key}: el PDF no tiene ningún campo llamado {name}</translation>
    </message>
    <message>
        <source>{key}: type {type} is not one of {types}</source>
        <translation>{key}: el tipo {type} no es uno de {types}</translation>
    </message>
    <message>
        <source>{key}: max_length must be at least 1</source>
        <translation>{key}: max_length debe ser al menos 1</translation>
    </message>
    <message>
        <source>{key}: not something the program can fill (one of: {keys})</source>
        <translation>{key}: no es algo que el programa pueda rellenar (uno de: {keys})</translation>
    </message>
    <message>
        <source>{key}: overflow can only go to the addendum</source>
        <translation>{key}: el texto sobrante solo puede ir al anexo</translation>
    </message>
    <message>
        <source>{key}: mapped twice</source>
        <translation>{key}: asignado dos veces</translation>
    </message>
    <message>
        <source>The documents cannot print in {field}: {characters}.</source>
        <translation>Los documentos no pueden imprimir estos caracteres en {field}: {characters}.</translation>
    </message>
    <message>
        <source>The documents cannot print: {characters}.</source>
        <translation>Los documentos no pueden imprimir estos caracteres: {characters}.</translation>
    </message>
    <message>
        <source>{cannot_print} Nothing was printed; correct the record, or ask IT to add a font.</source>
        <translation>{cannot_print} No se imprimió nada; corrija el registro o pida a informática que agregue una fuente.</translation>
    </message>
    <message>
        <source>No criminal-justice referral consent (§2.35) naming the prosecutor&apos;s office is in force for this person, so the program cannot send the prosecutor a case summary. Record and activate the participant&apos;s consent first.</source>
        <translation>Esta persona no tiene vigente ningún consentimiento de remisión de justicia penal (§2.35) que nombre a la fiscalía, por lo que el programa no puede enviar a la fiscalía un resumen del caso. Primero registre y active el consentimiento del participante.</translation>
    </message>
    <message>
        <source>This case is closed ({state}): a participation agreement is only for a case in the program.</source>
        <translation>Este caso está cerrado ({state}): un acuerdo de participación es solo para un caso en el programa.</translation>
    </message>
    <message>
        <source>The program profile {key} of this case is not installed.</source>
        <translation>El perfil de programa {key} de este caso no está instalado.</translation>
    </message>
    <message>
        <source>The document could not be laid out; nothing was printed. Report this to IT with the record&apos;s id ({record}).</source>
        <translation>No se pudo componer el documento; no se imprimió nada. Informe esto a informática con el identificador del registro ({record}).</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Consent: %1 (%2)</source>
        <translation>Consentimiento: %1 (%2)</translation>
    </message>
    <message>
        <source>Revocation form: %1</source>
        <translation>Formulario de revocación: %1</translation>
    </message>
    <message>
        <source>Case summary for the prosecutor</source>
        <translation>Resumen del caso para la fiscalía</translation>
    </message>
    <message>
        <source>Participation agreement</source>
        <translation>Acuerdo de participación</translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>Citación</translation>
    </message>
    <message>
        <source>person&apos;s language</source>
        <translation>idioma de la persona</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Saving to disk is turned off for this program: print on paper instead.</source>
        <translation>Guardar en disco está desactivado para este programa: imprima en papel.</translation>
    </message>
    <message>
        <source>Sign on s&amp;creen…</source>
        <translation>Firmar en &amp;pantalla…</translation>
    </message>
    <message>
        <source>The participant signs the agreement or revocation on the signature pad; the signed form is kept as an attachment.</source>
        <translation>El participante firma el acuerdo o la revocación en el panel de firma; el formulario firmado se guarda como adjunto.</translation>
    </message>
    <message>
        <source>Decline letter</source>
        <translation>Carta de no admisión</translation>
    </message>
    <message>
        <source>Completion notice (to the prosecutor, copy to the participant)</source>
        <translation>Aviso de finalización (a la fiscalía, copia al participante)</translation>
    </message>
    <message>
        <source>Completion notice for the DA</source>
        <translation type="vanished">Aviso de finalización para la fiscalía</translation>
    </message>
    <message>
        <source>Signed on screen: kept as %1 in Attachments.</source>
        <translation>Firmado en pantalla: guardado como %1 en Adjuntos.</translation>
    </message>
    <message>
        <source>Generated %s.</source>
        <translation>Generado %s.</translation>
    </message>
    <message>
        <source>Saved %s (not encrypted).</source>
        <translation>Guardado %s (sin cifrar).</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation type="vanished">Guardado %s.</translation>
    </message>
    <message>
        <source>Save the PDF in</source>
        <translation type="vanished">Guardar el PDF en</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Suspected duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>People on file the duplicate check finds likely to be the same person. Open a pair to merge it, or record that they are two people: the pair then stays off this list.</source>
        <translation>Personas registradas que la verificación de duplicados considera probablemente la misma persona. Abra un par para fusionarlo, o registre que son dos personas: el par ya no aparecerá en esta lista.</translation>
    </message>
    <message>
        <source>One record</source>
        <translation>Un registro</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Otro registro</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Compare and merge…</source>
        <translation>&amp;Comparar y fusionar…</translation>
    </message>
    <message>
        <source>Why they are two people</source>
        <translation>Por qué son dos personas</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <source>Looking for suspected duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <source>%1 pair(s) to look at.</source>
        <translation>%1 par(es) por revisar.</translation>
    </message>
    <message>
        <source>No suspected duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>Seleccione primero un par.</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>Eligibility review</source>
        <translation>Revisión de elegibilidad</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt; — born %3</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt; — nacido/a el %3</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Criminal-history check (a record that it was done; never the history itself)</source>
        <translation>Verificación de antecedentes penales (constancia de que se hizo; nunca los antecedentes)</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Registrar la verificación</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Código de motivo</translation>
    </message>
    <message>
        <source>Reason code…</source>
        <translation>Código de motivo…</translation>
    </message>
    <message>
        <source>Reason, in words</source>
        <translation>Motivo, en palabras</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrar decisión</translation>
    </message>
    <message>
        <source>Decision recorded: the case is now %1.</source>
        <translation>Decisión registrada: el estado del caso ahora es %1.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ cumple</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ NO CUMPLE</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? se desconoce</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>aplica</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>Check recorded.</source>
        <translation>Verificación registrada.</translation>
    </message>
    <message>
        <source>Decision recorded: the case is now %s.</source>
        <translation type="vanished">Decisión registrada: el caso ahora está en %s.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodeDialog</name>
    <message>
        <source>Enroll another workstation</source>
        <translation>Inscribir otro equipo</translation>
    </message>
    <message>
        <source>On the new workstation, start LEAD Desktop, choose &quot;Open an existing database&quot;, pick this database&apos;s file and type this code where the recovery key is asked for. It works once, until %1.</source>
        <translation>En el equipo nuevo, inicie LEAD Desktop, elija &quot;Abrir una base de datos existente&quot;, seleccione el archivo de esta base de datos y escriba este código donde se pide la clave de recuperación. Funciona una sola vez, hasta %1.</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <source>Read it out or type it yourself: do not send it by e-mail or chat. Whoever has the code and the database file can open every record.</source>
        <translation>Léalo en voz alta o escríbalo usted mismo: no lo envíe por correo electrónico ni por chat. Quien tenga el código y el archivo de la base de datos puede abrir todos los registros.</translation>
    </message>
    <message>
        <source>&amp;Withdraw the code</source>
        <translation>&amp;Retirar el código</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>¿Guardar una copia sin cifrar?</translation>
    </message>
    <message>
        <source>The file will NOT be encrypted. Anyone who can open the folder, a backup of it or a copy of the file can read it, and it may hold Part 2 and criminal-justice information. The save is recorded in the audit log. Keep the file in your own folder and delete it when it is no longer needed.

Save it anyway?</source>
        <translation>El archivo NO estará cifrado. Cualquiera que pueda abrir la carpeta, una copia de seguridad de ella o una copia del archivo podrá leerlo, y puede contener información de la Parte 2 y de justicia penal. El guardado queda anotado en el registro de auditoría. Guarde el archivo en su propia carpeta y bórrelo cuando ya no lo necesite.

¿Guardarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>ExtractPage</name>
    <message>
        <source>The de-identified extract for the program&apos;s evaluation: one row per person&apos;s entry into the program (age band, sex, race and ethnicity, referral type, entry and exit in months, exit type) and one row per month after entry (monthly snapshot, contacts and their minutes, justice events). No names, dates of birth, exact dates or free text; each person has a study id that stays the same in every extract and cannot be traced back without the program&apos;s key. A note on de-identification and on suppressing cells under 11 comes with it.</source>
        <translation>El extracto desidentificado para la evaluación del programa: una fila por cada ingreso de una persona al programa (grupo de edad, sexo, raza y etnia, tipo de remisión, ingreso y salida en meses, tipo de salida) y una fila por cada mes después del ingreso (resumen mensual, contactos y sus minutos, eventos judiciales). Sin nombres, fechas de nacimiento, fechas exactas ni texto libre; cada persona tiene un identificador de estudio que es el mismo en todos los extractos y que no se puede vincular con la persona sin la clave del programa. Incluye una nota sobre la desidentificación y sobre la supresión de celdas con menos de 11.</translation>
    </message>
    <message>
        <source>&amp;Export the de-identified extract…</source>
        <translation>&amp;Exportar el extracto desidentificado…</translation>
    </message>
    <message>
        <source>Name the new folder for the extract</source>
        <translation>Asigne un nombre a la carpeta nueva del extracto</translation>
    </message>
    <message>
        <source>Making the extract…</source>
        <translation>Generando el extracto…</translation>
    </message>
    <message>
        <source>Saved %1 person rows and %2 person-month rows in %3 (not encrypted).</source>
        <translation>Se guardaron %1 filas de persona y %2 filas de persona-mes en %3 (sin cifrar).</translation>
    </message>
    <message>
        <source>The extract could not be made.</source>
        <translation>No se pudo generar el extracto.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>&quot;any and all records&quot; is not specific enough</source>
        <translation>&quot;todos y cada uno de los registros&quot; no es lo bastante específico</translation>
    </message>
    <message>
        <source>0 to 600 minutes</source>
        <translation>de 0 a 600 minutos</translation>
    </message>
    <message>
        <source>a Saturday or Sunday is never a business day already</source>
        <translation>un sábado o domingo ya nunca es día hábil</translation>
    </message>
    <message>
        <source>a named recipient needs an address</source>
        <translation>un destinatario con nombre necesita una dirección</translation>
    </message>
    <message>
        <source>an alias needs a last name</source>
        <translation>un alias necesita un apellido</translation>
    </message>
    <message>
        <source>at most 100 characters</source>
        <translation>100 caracteres como máximo</translation>
    </message>
    <message>
        <source>attach the signed copy before the consent becomes active</source>
        <translation>adjunte la copia firmada antes de que el consentimiento entre en vigor</translation>
    </message>
    <message>
        <source>before the event</source>
        <translation>antes del hecho</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>no puede ser una fecha futura</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>describe the information specifically (20+ characters)</source>
        <translation>describa la información con precisión (20 caracteres o más)</translation>
    </message>
    <message>
        <source>funded slots and vacancies cannot exceed the total</source>
        <translation>las plazas financiadas y las vacantes no pueden superar el total</translation>
    </message>
    <message>
        <source>give an expiry date or event</source>
        <translation>indique una fecha o un hecho de vencimiento</translation>
    </message>
    <message>
        <source>give the estimated year</source>
        <translation>indique el año estimado</translation>
    </message>
    <message>
        <source>gives an age outside 10 to 110</source>
        <translation>da una edad fuera de 10 a 110 años</translation>
    </message>
    <message>
        <source>grams (g) or dosage units</source>
        <translation>gramos (g) o unidades de dosis</translation>
    </message>
    <message>
        <source>immediate or long term</source>
        <translation>inmediata o a largo plazo</translation>
    </message>
    <message>
        <source>name each recipient, or its class</source>
        <translation>nombre a cada destinatario, o su categoría</translation>
    </message>
    <message>
        <source>needs a time zone (a time without one is ambiguous)</source>
        <translation>necesita una zona horaria (una hora sin ella es ambigua)</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>necesita un valor</translation>
    </message>
    <message>
        <source>print the signer&apos;s name</source>
        <translation>escriba el nombre de quien firma en letra de molde</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>required for a community referral</source>
        <translation>obligatorio para una derivación comunitaria</translation>
    </message>
    <message>
        <source>required for a §2.35 consent (no later than final disposition)</source>
        <translation>obligatorio para un consentimiento del §2.35 (a más tardar la resolución final)</translation>
    </message>
    <message>
        <source>required for an arrest diversion</source>
        <translation>obligatorio para una derivación en lugar de arresto</translation>
    </message>
    <message>
        <source>required for an offense code</source>
        <translation>obligatorio para un código de delito</translation>
    </message>
    <message>
        <source>required when the absence is excused</source>
        <translation>obligatorio cuando la ausencia está justificada</translation>
    </message>
    <message>
        <source>required when the person did not agree</source>
        <translation>obligatorio cuando la persona no aceptó</translation>
    </message>
    <message>
        <source>required: it prints on every summons</source>
        <translation>obligatorio: se imprime en cada citación</translation>
    </message>
    <message>
        <source>required: the holiday&apos;s name in English</source>
        <translation>obligatorio: el nombre del feriado en inglés</translation>
    </message>
    <message>
        <source>required: verified prior activity in the area</source>
        <translation>obligatorio: actividad previa verificada en la zona</translation>
    </message>
    <message>
        <source>required: what the code means, in English</source>
        <translation>obligatorio: qué significa el código, en inglés</translation>
    </message>
    <message>
        <source>required: where the referral originates</source>
        <translation>obligatorio: dónde se origina la derivación</translation>
    </message>
    <message>
        <source>say where you looked (court, jail, state records)</source>
        <translation>indique dónde buscó (tribunal, cárcel, registros estatales)</translation>
    </message>
    <message>
        <source>sign on the pad</source>
        <translation>firme en el panel</translation>
    </message>
    <message>
        <source>the goal, in the participant&apos;s own words</source>
        <translation>el objetivo, en palabras del propio participante</translation>
    </message>
    <message>
        <source>the last 4 digits of the SSN only</source>
        <translation>solo los últimos 4 dígitos del número de Seguro Social</translation>
    </message>
    <message>
        <source>the participant signs</source>
        <translation>firma el participante</translation>
    </message>
    <message>
        <source>unknown level of care</source>
        <translation>nivel de atención desconocido</translation>
    </message>
    <message>
        <source>wet ink (scanned) or e-signature</source>
        <translation>tinta (escaneada) o firma electrónica</translation>
    </message>
    <message>
        <source>contains a broken character (a lone surrogate); please type it again</source>
        <translation>contiene un carácter dañado (un sustituto suelto); escríbalo de nuevo</translation>
    </message>
    <message>
        <source>must stay on one line</source>
        <translation>debe caber en una sola línea</translation>
    </message>
    <message>
        <source>must contain at least one letter</source>
        <translation>debe contener al menos una letra</translation>
    </message>
    <message>
        <source>required: say what the paper is</source>
        <translation>obligatorio: diga qué documento es</translation>
    </message>
    <message>
        <source>another agency has this name</source>
        <translation>otra agencia tiene este nombre</translation>
    </message>
    <message>
        <source>choose a court of the program&apos;s directory</source>
        <translation>elija un tribunal del directorio del programa</translation>
    </message>
    <message>
        <source>at most {limit} characters (this has {count})</source>
        <translation>como máximo {limit} caracteres (este tiene {count})</translation>
    </message>
    <message>
        <source>required: {program} has a quantity threshold</source>
        <translation>obligatorio: {program} tiene un límite de cantidad</translation>
    </message>
    <message>
        <source>required with the quantity: grams (g) or dosage units ({program} has a quantity threshold)</source>
        <translation>obligatorio con la cantidad: gramos (g) o unidades de dosis ({program} tiene un límite de cantidad)</translation>
    </message>
    <message>
        <source>{program} accepts: {choices}</source>
        <translation>{program} acepta: {choices}</translation>
    </message>
    <message>
        <source>{program} diverts arrests for: {choices}</source>
        <translation>{program} desvía arrestos por: {choices}</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de: {choices}</translation>
    </message>
    <message>
        <source>“{typed}” is not a day and time like “Mon 09:00”</source>
        <translation>«{typed}» no es un día y una hora como «Lun 09:00»</translation>
    </message>
</context>
<context>
    <name>GoMenu</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Buscar una persona</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Nueva remisión</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
</context>
<context>
    <name>GrantReport</name>
    <message>
        <source>Unduplicated people served (on a caseload at any time in the period)</source>
        <translation>Personas atendidas sin duplicar (en una carga de casos en algún momento del período)</translation>
    </message>
    <message>
        <source>New enrollments (entered the program in the period)</source>
        <translation>Nuevas inscripciones (ingresaron al programa en el período)</translation>
    </message>
    <message>
        <source>Active at the end of the period</source>
        <translation>Activos al final del período</translation>
    </message>
    <message>
        <source>Contacts with participants in the period</source>
        <translation>Contactos con participantes en el período</translation>
    </message>
    <message>
        <source>Treatment admissions (provider referrals admitted)</source>
        <translation>Ingresos a tratamiento (remisiones a proveedores con ingreso)</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Finalizaciones</translation>
    </message>
    <message>
        <source>Housing placements (people moved into temporary or permanent housing, by their monthly snapshots)</source>
        <translation>Colocaciones en vivienda (personas que pasaron a una vivienda temporal o permanente, según sus resúmenes mensuales)</translation>
    </message>
    <message>
        <source>Rearrests (arrests after entry to the program; the diverted incident not counted)</source>
        <translation>Nuevos arrestos (arrestos después del ingreso al programa; sin contar el incidente derivado)</translation>
    </message>
    <message>
        <source>People rearrested (after entry to the program)</source>
        <translation>Personas con un nuevo arresto (después del ingreso al programa)</translation>
    </message>
    <message>
        <source>Case managers carrying cases at the end of the period</source>
        <translation>Administradores de casos con casos asignados al final del período</translation>
    </message>
    <message>
        <source>Average caseload per case manager at the end of the period</source>
        <translation>Carga de casos promedio por administrador(a) de caso al final del período</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Informe de subvención</translation>
    </message>
    <message>
        <source>Built from the records in the program&apos;s database only; no hand counts.</source>
        <translation>Elaborado solo con los registros de la base de datos del programa; sin recuentos manuales.</translation>
    </message>
    <message>
        <source>Program totals: no person is named or counted apart.</source>
        <translation>Totales del programa: no se nombra ni se cuenta por separado a ninguna persona.</translation>
    </message>
</context>
<context>
    <name>GrantTemplateDialog</name>
    <message>
        <source>Grant report template</source>
        <translation>Plantilla del informe de subvención</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Entidad financiadora</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Measures the report prints:</source>
        <translation>Medidas que imprime el informe:</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>This holiday is no longer on the calendar.</source>
        <translation>Este feriado ya no está en el calendario.</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>Holidays (business days skip them)</source>
        <translation>Días festivos (no cuentan como días hábiles)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nombre (inglés)</translation>
    </message>
    <message>
        <source>Name (Spanish)</source>
        <translation>Nombre (español)</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Agregar día festivo</translation>
    </message>
    <message>
        <source>Withdraw selected</source>
        <translation>Retirar el seleccionado</translation>
    </message>
    <message>
        <source>Added %1: business days skip it.</source>
        <translation>Se agregó %1: no cuenta como día hábil.</translation>
    </message>
    <message>
        <source>Select a holiday first.</source>
        <translation>Seleccione primero un día festivo.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is a business day again.</source>
        <translation>Retirado: %1 vuelve a ser día hábil.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Appointments today</source>
        <translation>Citas de hoy</translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation>Citas de esta semana</translation>
    </message>
    <message>
        <source>Deadlines within a week or overdue</source>
        <translation>Plazos de la próxima semana o vencidos</translation>
    </message>
    <message>
        <source>My unsigned notes</source>
        <translation>Mis notas sin firmar</translation>
    </message>
    <message>
        <source>Case managers over the caseload target</source>
        <translation>Administradores de casos por encima del objetivo de carga</translation>
    </message>
    <message>
        <source>People in the program</source>
        <translation>Personas en el programa</translation>
    </message>
    <message>
        <source>Waiting for a place</source>
        <translation>Esperando una plaza</translation>
    </message>
    <message>
        <source>Overdue work items</source>
        <translation>Tareas atrasadas</translation>
    </message>
    <message>
        <source>Summonses to print</source>
        <translation>Citaciones por imprimir</translation>
    </message>
    <message>
        <source>Printed, to file with the court</source>
        <translation>Impresas, por presentar ante el tribunal</translation>
    </message>
    <message>
        <source>Filed, waiting to be issued</source>
        <translation>Presentadas, esperando su emisión</translation>
    </message>
    <message>
        <source>Issued, waiting to be served</source>
        <translation>Emitidas, esperando su entrega</translation>
    </message>
    <message>
        <source>Eligibility reviews waiting</source>
        <translation>Revisiones de elegibilidad en espera</translation>
    </message>
    <message>
        <source>Compliance decisions waiting</source>
        <translation>Decisiones de cumplimiento en espera</translation>
    </message>
    <message>
        <source>Intake due</source>
        <translation>Admisión por vencer</translation>
    </message>
    <message>
        <source>Program completion due</source>
        <translation>Finalización del programa por vencer</translation>
    </message>
    <message>
        <source>Note not signed</source>
        <translation>Nota sin firmar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Nothing to count for your role.</source>
        <translation>No hay nada que contar para su rol.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file} is not an XLSX or CSV file.</source>
        <translation>{file} no es un archivo XLSX ni CSV.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}).</source>
        <translation>No se pudo leer {file} ({why}).</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB.</source>
        <translation>{file} pesa más de {mb} MB.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>{file} has no column headers in its first row.</source>
        <translation>{file} no tiene encabezados de columna en su primera fila.</translation>
    </message>
    <message>
        <source>{file}: column {at} of the header row has no name.</source>
        <translation>{file}: la columna {at} de la fila de encabezados no tiene nombre.</translation>
    </message>
    <message>
        <source>{file}: the header &quot;{header}&quot; appears twice.</source>
        <translation>{file}: el encabezado &quot;{header}&quot; aparece dos veces.</translation>
    </message>
    <message>
        <source>{file}: row {row} has values beyond the last named column.</source>
        <translation>{file}: la fila {row} tiene valores más allá de la última columna con nombre.</translation>
    </message>
    <message>
        <source>{file} has {rows} rows; at most {most} are imported at once.</source>
        <translation>{file} tiene {rows} filas; se importan como máximo {most} a la vez.</translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} no es un libro XLSX legible.</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file.</source>
        <translation>{file} no es un archivo CSV de texto.</translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file ({why}).</source>
        <translation>{file} no es un archivo CSV bien formado ({why}).</translation>
    </message>
    <message>
        <source>The mapping names fields the import does not know: {fields}.</source>
        <translation>La asignación nombra campos que la importación no conoce: {fields}.</translation>
    </message>
    <message>
        <source>The mapping names columns the file does not have: {columns}.</source>
        <translation>La asignación nombra columnas que el archivo no tiene: {columns}.</translation>
    </message>
    <message>
        <source>The column {column} is chosen for more than one field.</source>
        <translation>La columna {column} está elegida para más de un campo.</translation>
    </message>
    <message>
        <source>Choose the column for: {fields}.</source>
        <translation>Elija la columna para: {fields}.</translation>
    </message>
    <message>
        <source>{bad} of {rows} rows cannot be imported; nothing was imported.</source>
        <translation>{bad} de {rows} filas no se pueden importar; no se importó nada.</translation>
    </message>
    <message>
        <source>Matching rows are skipped or added as new people, not {how}.</source>
        <translation>Las filas coincidentes se omiten o se agregan como personas nuevas, no {how}.</translation>
    </message>
    <message>
        <source>Row {row}: no such row in {file}, or no person chosen for it.</source>
        <translation>Fila {row}: no existe esa fila en {file}, o no se eligió ninguna persona para ella.</translation>
    </message>
    <message>
        <source>No program profile is installed.</source>
        <translation>No hay ningún perfil de programa instalado.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>mapped as last time for these headers</source>
        <translation>asignado como la última vez para estos encabezados</translation>
    </message>
    <message>
        <source>mapped by the headers&apos; names: check each field</source>
        <translation>asignado según los nombres de los encabezados: revise cada campo</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3.</source>
        <translation>%1: %2 filas, %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Columna del archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First row&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primera fila&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Skip rows that may be someone already on file</source>
        <translation>Omitir las filas que pueden ser alguien ya registrado</translation>
    </message>
    <message>
        <source>Add them as new people anyway</source>
        <translation>Agregarlas como personas nuevas de todos modos</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>Play every row through the forms&apos; checks and say what would happen; nothing is saved.</source>
        <translation>Pasar cada fila por las validaciones de los formularios e indicar qué pasaría; no se guarda nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>After a dry run with no bad rows: import every row, or none.</source>
        <translation>Después de una simulación sin filas con errores: importar todas las filas o ninguna.</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Check the columns, then make a dry run.</source>
        <translation>Revise las columnas y luego haga una simulación.</translation>
    </message>
    <message>
        <source>new person and case</source>
        <translation>persona y caso nuevos</translation>
    </message>
    <message>
        <source>may be someone on file: skipped</source>
        <translation>puede ser alguien ya registrado: omitida</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>con errores</translation>
    </message>
    <message>
        <source>case attached to the person on file</source>
        <translation>caso agregado a la persona registrada</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why / what else</source>
        <translation>Por qué / qué más</translation>
    </message>
    <message>
        <source>For the chosen row that may be someone already on file: skip it, add a new person, or attach its referral and case to that person.</source>
        <translation>Para la fila elegida que puede ser alguien ya registrado: omítala, agregue una persona nueva o asocie su remisión y su caso a esa persona.</translation>
    </message>
    <message>
        <source>Not imported by design: %1</source>
        <translation>No se importa por diseño: %1</translation>
    </message>
    <message>
        <source>The chosen row:</source>
        <translation>La fila elegida:</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Canceled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 rows: %2 to add as a new person with a case, %3 may be someone on file (skipped), %4 bad, %5 imported only in part, %6 attached to someone on file.</source>
        <translation>%1 filas: %2 por agregar como persona nueva con un caso, %3 pueden ser alguien registrado (omitidas), %4 con errores, %5 importadas solo en parte, %6 asociadas a alguien registrado.</translation>
    </message>
    <message>
        <source>%1 rows: %2 to add as a new person with a case, %3 may be someone on file (skipped), %4 bad, %5 imported only in part.</source>
        <translation type="vanished">%1 filas: %2 para agregar como persona nueva con un caso, %3 pueden ser alguien ya registrado (omitidas), %4 con errores, %5 importadas solo en parte.</translation>
    </message>
    <message>
        <source>Dry run, nothing was saved.</source>
        <translation>Simulación: no se guardó nada.</translation>
    </message>
    <message>
        <source>Correct the bad rows in the file (or leave them out) and open it again: the import takes every row or none.</source>
        <translation>Corrija las filas con errores en el archivo (o quítelas) y vuelva a abrirlo: la importación toma todas las filas o ninguna.</translation>
    </message>
    <message>
        <source>Imported. %1 The spreadsheet itself is not encrypted: delete it when you no longer need it.</source>
        <translation>Importado. %1 La hoja de cálculo en sí no está cifrada: bórrela cuando ya no la necesite.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has bad rows.</source>
        <translation>No se importó nada: el archivo tiene filas con errores.</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Omitir esta fila</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Agregar una persona nueva</translation>
    </message>
    <message>
        <source>It is %1 (%2), on file: attach the case to them</source>
        <translation>Es %1 (%2), ya registrado/a: asociar el caso a esta persona</translation>
    </message>
    <message>
        <source>Make a dry run again: it shows the rows as chosen.</source>
        <translation>Haga una simulación de nuevo: muestra las filas según lo elegido.</translation>
    </message>
    <message>
        <source>row %1 of this file</source>
        <translation>fila %1 de este archivo</translation>
    </message>
    <message>
        <source>on file</source>
        <translation>registrada</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Race (several separated by ;)</source>
        <translation>Raza (varias separadas por ;)</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Referral type</source>
        <translation>Tipo de remisión</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Fecha de la remisión</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Officer badge</source>
        <translation>Placa del agente</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>Número de incidente</translation>
    </message>
    <message>
        <source>Offense code</source>
        <translation>Código del delito</translation>
    </message>
    <message>
        <source>Offense description</source>
        <translation>Descripción del delito</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Quantity unit (g or dosage units)</source>
        <translation>Unidad de cantidad (g o unidades de dosis)</translation>
    </message>
    <message>
        <source>Referrer (community)</source>
        <translation>Remitente (remisión comunitaria)</translation>
    </message>
    <message>
        <source>Approved by (community)</source>
        <translation>Aprobada por (remisión comunitaria)</translation>
    </message>
    <message>
        <source>Person agreed (yes/no)</source>
        <translation>La persona aceptó (sí/no)</translation>
    </message>
    <message>
        <source>Why declined</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Case manager (account or name)</source>
        <translation>Administrador(a) de caso (cuenta o nombre)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Exit type</source>
        <translation>Tipo de salida</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Unknown intake domains: {domains}.</source>
        <translation>Áreas de admisión desconocidas: {domains}.</translation>
    </message>
    <message>
        <source>The intake cannot start in the future.</source>
        <translation>La admisión no puede comenzar en el futuro.</translation>
    </message>
    <message>
        <source>This intake is no longer on file; reopen the case.</source>
        <translation>Esta admisión ya no está en el expediente; vuelva a abrir el caso.</translation>
    </message>
    <message>
        <source>Record the intake before signing it off.</source>
        <translation>Registre la admisión antes de firmarla.</translation>
    </message>
    <message>
        <source>The intake needs an active consent of this person on file.</source>
        <translation>La admisión requiere un consentimiento activo de esta persona en el expediente.</translation>
    </message>
    <message>
        <source>The completion date must be between the start and today.</source>
        <translation>La fecha de finalización debe estar entre el inicio y hoy.</translation>
    </message>
    <message>
        <source>A goal&apos;s status is one of {statuses}.</source>
        <translation>El estado de una meta debe ser uno de {statuses}.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Intake started</source>
        <translation>Admisión iniciada</translation>
    </message>
    <message>
        <source>status and notes</source>
        <translation>estado y notas</translation>
    </message>
    <message>
        <source>Immediate needs</source>
        <translation>Necesidades inmediatas</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>&amp;Guardar admisión</translation>
    </message>
    <message>
        <source>Intake complete: sign off</source>
        <translation>Admisión completa: firmar</translation>
    </message>
    <message>
        <source>Consent on file</source>
        <translation>Consentimiento archivado</translation>
    </message>
    <message>
        <source>Signed off on %1.</source>
        <translation>Firmada el %1.</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>Se conservó la versión guardada por otra persona.</translation>
    </message>
    <message>
        <source>Intake saved.</source>
        <translation>Admisión guardada.</translation>
    </message>
    <message>
        <source>Record and activate the consent first.</source>
        <translation>Registre y active primero el consentimiento.</translation>
    </message>
    <message>
        <source>Intake signed off.</source>
        <translation>Admisión firmada.</translation>
    </message>
</context>
<context>
    <name>JusticeTab</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Income and benefits</source>
        <translation>Ingresos y beneficios</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Jail days</source>
        <translation>Días en la cárcel</translation>
    </message>
    <message>
        <source>Where, source</source>
        <translation>Dónde, fuente</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Looked on</source>
        <translation>Consultado el</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>no se encontró nada</translation>
    </message>
    <message>
        <source>events found (entered above)</source>
        <translation>se encontraron eventos (anotados arriba)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Liberado/a el</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(se desconoce)</translation>
    </message>
    <message>
        <source>e.g. county jail roster</source>
        <translation>p. ej. lista de reclusos de la cárcel del condado</translation>
    </message>
    <message>
        <source>About the diverted incident</source>
        <translation>Sobre el incidente desviado</translation>
    </message>
    <message>
        <source>Release (bookings)</source>
        <translation>Liberación (ingresos)</translation>
    </message>
    <message>
        <source>Offense code</source>
        <translation>Código del delito</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Agregar evento</translation>
    </message>
    <message>
        <source>e.g. county court index, jail roster</source>
        <translation>p. ej. índice del tribunal del condado, lista de reclusos</translation>
    </message>
    <message>
        <source>Looked, nothing found</source>
        <translation>Se consultó, no se encontró nada</translation>
    </message>
    <message>
        <source>Record look-up</source>
        <translation>Registrar consulta</translation>
    </message>
    <message>
        <source>Monthly snapshots</source>
        <translation>Resúmenes mensuales</translation>
    </message>
    <message>
        <source>Justice events</source>
        <translation>Eventos judiciales</translation>
    </message>
    <message>
        <source>Record look-ups (6 and 18 months, 2 years)</source>
        <translation>Consultas de antecedentes (6 y 18 meses, 2 años)</translation>
    </message>
    <message>
        <source>Event recorded.</source>
        <translation>Evento registrado.</translation>
    </message>
    <message>
        <source>Look-up recorded.</source>
        <translation>Consulta registrada.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>This enrollment code does not open this database: it may be mistyped, already used, or expired (a code lasts 15 minutes).</source>
        <translation>Este código de inscripción no abre esta base de datos: puede estar mal escrito, ya usado o vencido (un código dura 15 minutos).</translation>
    </message>
    <message>
        <source>A recovery key has {groups} groups of {size} characters; {given} characters were given.</source>
        <translation>Una clave de recuperación tiene {groups} grupos de {size} caracteres; se escribieron {given} caracteres.</translation>
    </message>
    <message>
        <source>The recovery key cannot contain {characters}.</source>
        <translation>La clave de recuperación no puede contener {characters}.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake (its check group does not match).</source>
        <translation>La clave de recuperación tiene un error de escritura (su grupo de control no coincide).</translation>
    </message>
    <message>
        <source>The credential store could not be read: {reason}</source>
        <translation>No se pudo leer el almacén de credenciales: {reason}</translation>
    </message>
    <message>
        <source>The records cursor could not be stored: {reason}</source>
        <translation>No se pudo guardar el cursor de registros: {reason}</translation>
    </message>
    <message>
        <source>The audit anchor could not be stored: {reason}</source>
        <translation>No se pudo guardar el ancla de auditoría: {reason}</translation>
    </message>
    <message>
        <source>The configured keyring backend cannot be loaded: {reason}</source>
        <translation>No se puede cargar el módulo de almacén de credenciales configurado: {reason}</translation>
    </message>
    <message>
        <source>No operating-system credential store is available (found: {names}).</source>
        <translation>No hay ningún almacén de credenciales del sistema operativo disponible (se encontró: {names}).</translation>
    </message>
    <message>
        <source>The key could not be stored: {reason}</source>
        <translation>No se pudo guardar la clave: {reason}</translation>
    </message>
    <message>
        <source>The credential store did not keep the key (read-back differs).</source>
        <translation>El almacén de credenciales no conservó la clave (al volver a leerla, no coincide).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Referred</source>
        <translation>Remitido</translation>
    </message>
    <message>
        <source>Eligibility review</source>
        <translation>Revisión de elegibilidad</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Waiting for intake</source>
        <translation>Esperando la admisión</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Awaiting treatment</source>
        <translation>Esperando el tratamiento</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Se perdió el contacto</translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation>Revisión de cumplimiento</translation>
    </message>
    <message>
        <source>Declined the offer</source>
        <translation>Rechazó la oferta</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Referred for charges</source>
        <translation>Remitido para presentar cargos</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Descalificado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Expulsado</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Salió del programa</translation>
    </message>
    <message>
        <source>Arrest diversion</source>
        <translation>Desvío en el arresto</translation>
    </message>
    <message>
        <source>Social contact</source>
        <translation>Contacto social</translation>
    </message>
    <message>
        <source>Community referral</source>
        <translation>Remisión comunitaria</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Program deadline (automatic)</source>
        <translation>Plazo del programa (automático)</translation>
    </message>
    <message>
        <source>Quantity over the limit</source>
        <translation>Cantidad por encima del límite</translation>
    </message>
    <message>
        <source>Signs of distribution</source>
        <translation>Indicios de distribución</translation>
    </message>
    <message>
        <source>Violent history</source>
        <translation>Antecedentes violentos</translation>
    </message>
    <message>
        <source>Length of record</source>
        <translation>Extensión de los antecedentes</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Outside the catchment area</source>
        <translation>Fuera del área de servicio</translation>
    </message>
    <message>
        <source>On probation or parole</source>
        <translation>En libertad a prueba o condicional</translation>
    </message>
    <message>
        <source>Open treatment-court case</source>
        <translation>Caso abierto en un tribunal de tratamiento</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Orden de protección</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>Eligible (override)</source>
        <translation>Elegible (excepción)</translation>
    </message>
    <message>
        <source>None seen</source>
        <translation>No se observó</translation>
    </message>
    <message>
        <source>For subsistence</source>
        <translation>Para subsistir</translation>
    </message>
    <message>
        <source>Beyond subsistence</source>
        <translation>Más allá de la subsistencia</translation>
    </message>
    <message>
        <source>State criminal-records repository</source>
        <translation>Repositorio estatal de antecedentes penales</translation>
    </message>
    <message>
        <source>Interstate Identification Index (III)</source>
        <translation>Índice de Identificación Interestatal (III)</translation>
    </message>
    <message>
        <source>Local records system</source>
        <translation>Sistema local de registros</translation>
    </message>
    <message>
        <source>Court records</source>
        <translation>Registros judiciales</translation>
    </message>
    <message>
        <source>No disqualifying history</source>
        <translation>Sin antecedentes descalificantes</translation>
    </message>
    <message>
        <source>Disqualifying history</source>
        <translation>Antecedentes descalificantes</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Intake deadline missed</source>
        <translation>Venció el plazo de admisión</translation>
    </message>
    <message>
        <source>Too many missed appointments</source>
        <translation>Demasiadas citas perdidas</translation>
    </message>
    <message>
        <source>Not completed by the deadline</source>
        <translation>No completó dentro del plazo</translation>
    </message>
    <message>
        <source>Withdrew from the program</source>
        <translation>Se retiró del programa</translation>
    </message>
    <message>
        <source>Declined to continue</source>
        <translation>Decidió no continuar</translation>
    </message>
    <message>
        <source>Removed (violence or threat)</source>
        <translation>Expulsado (violencia o amenaza)</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <source>Incarcerated on another case</source>
        <translation>Encarcelado por otro caso</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrativo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>En la calle</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <source>Jail visit</source>
        <translation>Visita a la cárcel</translation>
    </message>
    <message>
        <source>At a provider</source>
        <translation>En un proveedor</translation>
    </message>
    <message>
        <source>Collateral contact</source>
        <translation>Contacto con terceros</translation>
    </message>
    <message>
        <source>Attempt, no contact</source>
        <translation>Intento, sin contacto</translation>
    </message>
    <message>
        <source>Part 2 general consent</source>
        <translation>Consentimiento general de la Parte 2</translation>
    </message>
    <message>
        <source>Part 2 treatment, payment and operations</source>
        <translation>Parte 2: tratamiento, pago y operaciones</translation>
    </message>
    <message>
        <source>Part 2 criminal-justice referral</source>
        <translation>Parte 2: remisión de justicia penal</translation>
    </message>
    <message>
        <source>HIPAA authorization</source>
        <translation>Autorización HIPAA</translation>
    </message>
    <message>
        <source>Program release of information</source>
        <translation>Autorización de divulgación de información del programa</translation>
    </message>
    <message>
        <source>Counseling notes</source>
        <translation>Notas de consejería</translation>
    </message>
    <message>
        <source>Legal proceedings</source>
        <translation>Procedimientos judiciales</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Replaced by a newer consent</source>
        <translation>Reemplazado por un consentimiento más reciente</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador(a) de caso</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Prosecutor reviewer</source>
        <translation>Revisor(a) de la fiscalía</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Secretario(a)</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluador(a)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador(a)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor(a)</translation>
    </message>
    <message>
        <source>Detox</source>
        <translation>Desintoxicación</translation>
    </message>
    <message>
        <source>Residential treatment</source>
        <translation>Tratamiento residencial</translation>
    </message>
    <message>
        <source>Intensive outpatient</source>
        <translation>Ambulatorio intensivo</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>Ambulatorio</translation>
    </message>
    <message>
        <source>Medication: methadone</source>
        <translation>Medicamento: metadona</translation>
    </message>
    <message>
        <source>Medication: buprenorphine</source>
        <translation>Medicamento: buprenorfina</translation>
    </message>
    <message>
        <source>Medication: naltrexone</source>
        <translation>Medicamento: naltrexona</translation>
    </message>
    <message>
        <source>Recovery support</source>
        <translation>Apoyo para la recuperación</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitido/a</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>En tratamiento</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado/a de alta</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation>Sin cupo</translation>
    </message>
    <message>
        <source>Not the right level of care</source>
        <translation>No es el nivel de atención adecuado</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Se fue antes</translation>
    </message>
    <message>
        <source>Left against advice</source>
        <translation>Se fue en contra de la recomendación</translation>
    </message>
    <message>
        <source>Administrative discharge</source>
        <translation>Alta administrativa</translation>
    </message>
    <message>
        <source>Jailed</source>
        <translation>Encarcelado/a</translation>
    </message>
    <message>
        <source>Treatment provider</source>
        <translation>Proveedor de tratamiento</translation>
    </message>
    <message>
        <source>Housing provider</source>
        <translation>Proveedor de vivienda</translation>
    </message>
    <message>
        <source>Primary care provider</source>
        <translation>Proveedor de atención primaria</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Faltó</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <source>Canceled by the provider</source>
        <translation>Cancelada por el proveedor</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Income and benefits</source>
        <translation>Ingresos y beneficios</translation>
    </message>
    <message>
        <source>Employment and education</source>
        <translation>Empleo y educación</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Family and children</source>
        <translation>Familia e hijos</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>En progreso</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Inmediata</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>A largo plazo</translation>
    </message>
    <message>
        <source>Unsheltered</source>
        <translation>Sin refugio</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>Albergue de emergencia</translation>
    </message>
    <message>
        <source>Temporary housing</source>
        <translation>Vivienda temporal</translation>
    </message>
    <message>
        <source>Permanent housing</source>
        <translation>Vivienda permanente</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Looking for work or in training</source>
        <translation>Buscando trabajo o en capacitación</translation>
    </message>
    <message>
        <source>Informal or part-time work</source>
        <translation>Trabajo informal o de medio tiempo</translation>
    </message>
    <message>
        <source>Full-time work</source>
        <translation>Trabajo de tiempo completo</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>SSI or SSDI</source>
        <translation>SSI o SSDI</translation>
    </message>
    <message>
        <source>SNAP (food)</source>
        <translation>SNAP (alimentos)</translation>
    </message>
    <message>
        <source>TANF cash aid</source>
        <translation>Ayuda en efectivo TANF</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Otros ingresos</translation>
    </message>
    <message>
        <source>Drafted, to print</source>
        <translation>Redactada, por imprimir</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Filed with the court</source>
        <translation>Presentada ante el tribunal</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Returned unserved</source>
        <translation>Devuelta sin entregar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>Intake due</source>
        <translation>Admisión por vencer</translation>
    </message>
    <message>
        <source>Compliance decision</source>
        <translation>Decisión de cumplimiento</translation>
    </message>
    <message>
        <source>Proposal to decide</source>
        <translation>Propuesta por decidir</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Attendance not recorded</source>
        <translation>Asistencia sin registrar</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Sin contacto reciente</translation>
    </message>
    <message>
        <source>New arrest</source>
        <translation>Nuevo arresto</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Nota en borrador</translation>
    </message>
    <message>
        <source>Caseload over the target</source>
        <translation>Carga de casos por encima del objetivo</translation>
    </message>
    <message>
        <source>Completion notice</source>
        <translation>Aviso de finalización</translation>
    </message>
    <message>
        <source>Program waitlist</source>
        <translation>Lista de espera del programa</translation>
    </message>
    <message>
        <source>Provider has not replied</source>
        <translation>El proveedor no ha respondido</translation>
    </message>
    <message>
        <source>On a provider&apos;s waitlist</source>
        <translation>En la lista de espera de un proveedor</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Consentimiento por vencer</translation>
    </message>
    <message>
        <source>Consent not valid</source>
        <translation>Consentimiento no válido</translation>
    </message>
    <message>
        <source>Monthly snapshot due</source>
        <translation>Resumen mensual pendiente</translation>
    </message>
    <message>
        <source>Evaluation look-up due</source>
        <translation>Consulta de evaluación pendiente</translation>
    </message>
    <message>
        <source>My referral</source>
        <translation>Mi remisión</translation>
    </message>
    <message>
        <source>Eligibility review waiting</source>
        <translation>Revisión de elegibilidad en espera</translation>
    </message>
    <message>
        <source>Eligibility review overdue</source>
        <translation>Revisión de elegibilidad atrasada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Eligibility answer</source>
        <translation>Respuesta de elegibilidad</translation>
    </message>
    <message>
        <source>Criminal-history check</source>
        <translation>Verificación de antecedentes penales</translation>
    </message>
    <message>
        <source>Consent signed</source>
        <translation>Consentimiento firmado</translation>
    </message>
    <message>
        <source>Consent expires soon</source>
        <translation>Consentimiento próximo a vencer</translation>
    </message>
    <message>
        <source>Consent not signed yet</source>
        <translation>Consentimiento aún sin firmar</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentimiento revocado</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentimiento vencido</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citación policial</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Charge filed</source>
        <translation>Cargo presentado</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resolución judicial</translation>
    </message>
    <message>
        <source>Release from jail</source>
        <translation>Liberación de la cárcel</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden de arresto</translation>
    </message>
    <message>
        <source>Prison admission</source>
        <translation>Ingreso en prisión</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Emergencia médica</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>State ID</source>
        <translation>Identificación estatal</translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation>Licencia de conducir</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>FBI number</source>
        <translation>Número del FBI</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Número de ingreso</translation>
    </message>
    <message>
        <source>Medicaid number</source>
        <translation>Número de Medicaid</translation>
    </message>
    <message>
        <source>SSN (last 4)</source>
        <translation>Número de Seguro Social (últimos 4)</translation>
    </message>
    <message>
        <source>Referral entry</source>
        <translation>Registro de la remisión</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>Intake plan notes</source>
        <translation>Notas del plan de admisión</translation>
    </message>
    <message>
        <source>Part 2 notes</source>
        <translation>Notas de la Parte 2</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Provider referrals</source>
        <translation>Remisiones a proveedores</translation>
    </message>
    <message>
        <source>Snapshots and events</source>
        <translation>Resúmenes y eventos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Court paper</source>
        <translation>Documento judicial</translation>
    </message>
    <message>
        <source>Signed consent or revocation</source>
        <translation>Consentimiento o revocación firmados</translation>
    </message>
    <message>
        <source>Treatment record (Part 2)</source>
        <translation>Registro de tratamiento (Parte 2)</translation>
    </message>
    <message>
        <source>Case paper (benefits, housing, letters)</source>
        <translation>Documento del caso (beneficios, vivienda, cartas)</translation>
    </message>
    <message>
        <source>Signed participation agreement</source>
        <translation>Acuerdo de participación firmado</translation>
    </message>
    <message>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <source>Misdemeanor</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Contravención</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>18 months</source>
        <translation>18 meses</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 años</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>felony</source>
        <translation>delito grave</translation>
    </message>
    <message>
        <source>misdemeanor</source>
        <translation>delito menor</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>contravención</translation>
    </message>
    <message>
        <source>infraction</source>
        <translation>infracción</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Se creó una cuenta</translation>
    </message>
    <message>
        <source>Disabled an account</source>
        <translation>Se desactivó una cuenta</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>Se cambió una contraseña</translation>
    </message>
    <message>
        <source>Password refused by the rules</source>
        <translation>Contraseña rechazada por las reglas</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Se restableció una contraseña</translation>
    </message>
    <message>
        <source>Changed an account&apos;s role</source>
        <translation>Se cambió el rol de una cuenta</translation>
    </message>
    <message>
        <source>Changed an account&apos;s team</source>
        <translation>Se cambió el equipo de una cuenta</translation>
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation>Se desbloqueó una cuenta</translation>
    </message>
    <message>
        <source>Added an agency</source>
        <translation>Se agregó una agencia</translation>
    </message>
    <message>
        <source>Changed an agency</source>
        <translation>Se modificó una agencia</translation>
    </message>
    <message>
        <source>Registered an agency form</source>
        <translation>Se registró un formulario de agencia</translation>
    </message>
    <message>
        <source>Recorded attendance</source>
        <translation>Se registró la asistencia</translation>
    </message>
    <message>
        <source>Made an appointment</source>
        <translation>Se programó una cita</translation>
    </message>
    <message>
        <source>Listed appointments</source>
        <translation>Se listaron citas</translation>
    </message>
    <message>
        <source>Added an attachment</source>
        <translation>Se agregó un adjunto</translation>
    </message>
    <message>
        <source>Listed attachments</source>
        <translation>Se listaron los adjuntos</translation>
    </message>
    <message>
        <source>Deleted a removed attachment after its retention</source>
        <translation type="vanished">Se eliminó un adjunto quitado tras su retención</translation>
    </message>
    <message>
        <source>Ran the attachment retention purge</source>
        <translation type="vanished">Se ejecutó la depuración de adjuntos por retención</translation>
    </message>
    <message>
        <source>Printed an attachment</source>
        <translation>Se imprimió un adjunto</translation>
    </message>
    <message>
        <source>Purged an attachment&apos;s content</source>
        <translation>Purgó el contenido de un adjunto</translation>
    </message>
    <message>
        <source>Purged attachments past retention</source>
        <translation>Purgó los adjuntos vencidos</translation>
    </message>
    <message>
        <source>Deleted an attachment&apos;s original file</source>
        <translation>Se eliminó el archivo original de un adjunto</translation>
    </message>
    <message>
        <source>Opened an attachment</source>
        <translation>Se abrió un adjunto</translation>
    </message>
    <message>
        <source>Voided an attachment</source>
        <translation>Se anuló un adjunto</translation>
    </message>
    <message>
        <source>Reset the audit log&apos;s anchor</source>
        <translation>Se restableció el ancla del registro de auditoría</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Se leyó el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log tampering detected</source>
        <translation>Se detectó una alteración del registro de auditoría</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>Se verificó el registro de auditoría</translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation>Cuenta bloqueada tras inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Se hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>Changed the backup folder</source>
        <translation>Se cambió la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Se restauró una copia de seguridad</translation>
    </message>
    <message>
        <source>Assigned over the caseload limit</source>
        <translation>Asignado por encima del límite de casos</translation>
    </message>
    <message>
        <source>Handed a case over</source>
        <translation>Se traspasó un caso</translation>
    </message>
    <message>
        <source>Saw which people found are on hold</source>
        <translation>Vio cuáles de las personas encontradas están en espera</translation>
    </message>
    <message>
        <source>Listed cases</source>
        <translation>Se listaron casos</translation>
    </message>
    <message>
        <source>Participation agreement signed</source>
        <translation>Acuerdo de participación firmado</translation>
    </message>
    <message>
        <source>Participation agreement no longer on file (its signed copy removed)</source>
        <translation>El acuerdo de participación ya no está en el expediente (se quitó su copia firmada)</translation>
    </message>
    <message>
        <source>Moved a case to a new program version</source>
        <translation>Se pasó un caso a una nueva versión del programa</translation>
    </message>
    <message>
        <source>Approved a proposal</source>
        <translation>Se aprobó una propuesta</translation>
    </message>
    <message>
        <source>Declined a proposal</source>
        <translation>Se rechazó una propuesta</translation>
    </message>
    <message>
        <source>Proposed a step</source>
        <translation>Se propuso un paso</translation>
    </message>
    <message>
        <source>Moved a case to a new state</source>
        <translation>Se pasó un caso a un nuevo estado</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>Se abrió un caso</translation>
    </message>
    <message>
        <source>Read a case&apos;s history</source>
        <translation>Se leyó el historial de un caso</translation>
    </message>
    <message>
        <source>Acknowledged a completion notice</source>
        <translation>Se acusó recibo de un aviso de finalización</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Se cambió una configuración</translation>
    </message>
    <message>
        <source>Added a code to a list</source>
        <translation>Se agregó un código a una lista</translation>
    </message>
    <message>
        <source>Changed a code&apos;s words</source>
        <translation>Cambió las palabras de un código</translation>
    </message>
    <message>
        <source>Retired a code from a list</source>
        <translation>Se retiró un código de una lista</translation>
    </message>
    <message>
        <source>Gave a code new words</source>
        <translation type="vanished">Se dio un nuevo texto a un código</translation>
    </message>
    <message>
        <source>Added a holiday</source>
        <translation>Se agregó un día festivo</translation>
    </message>
    <message>
        <source>Withdrew a holiday</source>
        <translation>Se retiró un día festivo</translation>
    </message>
    <message>
        <source>Chose the program&apos;s rules</source>
        <translation>Se eligieron las reglas del programa</translation>
    </message>
    <message>
        <source>Applied new program rules</source>
        <translation>Se aplicaron nuevas reglas del programa</translation>
    </message>
    <message>
        <source>Saved a version of the program rules</source>
        <translation>Se guardó una versión de las reglas del programa</translation>
    </message>
    <message>
        <source>Activated a consent</source>
        <translation>Se activó un consentimiento</translation>
    </message>
    <message>
        <source>Drafted a consent</source>
        <translation>Se redactó un consentimiento</translation>
    </message>
    <message>
        <source>Edited a draft consent</source>
        <translation>Se editó un consentimiento en borrador</translation>
    </message>
    <message>
        <source>Stopped a disclosure without consent</source>
        <translation>Se detuvo una divulgación sin consentimiento</translation>
    </message>
    <message>
        <source>Listed consents</source>
        <translation>Se listaron consentimientos</translation>
    </message>
    <message>
        <source>Disclosed without consent (override)</source>
        <translation>Divulgación sin consentimiento (excepción)</translation>
    </message>
    <message>
        <source>Revoked a consent</source>
        <translation>Se revocó un consentimiento</translation>
    </message>
    <message>
        <source>Replaced a consent</source>
        <translation>Se reemplazó un consentimiento</translation>
    </message>
    <message>
        <source>Opened a consent</source>
        <translation>Se abrió un consentimiento</translation>
    </message>
    <message>
        <source>Added a court</source>
        <translation>Se agregó un tribunal</translation>
    </message>
    <message>
        <source>Changed a court</source>
        <translation>Se modificó un tribunal</translation>
    </message>
    <message>
        <source>Created the database</source>
        <translation>Se creó la base de datos</translation>
    </message>
    <message>
        <source>Copied the database to a new file</source>
        <translation type="vanished">Se copió la base de datos a un archivo nuevo</translation>
    </message>
    <message>
        <source>Copied the server database to a file</source>
        <translation type="vanished">Se copió la base de datos del servidor a un archivo</translation>
    </message>
    <message>
        <source>Copied a database file onto the server</source>
        <translation type="vanished">Se copió un archivo de base de datos al servidor</translation>
    </message>
    <message>
        <source>Recovered the database after a crash</source>
        <translation>Se recuperó la base de datos tras un fallo</translation>
    </message>
    <message>
        <source>Upgraded the database</source>
        <translation>Se actualizó la base de datos</translation>
    </message>
    <message>
        <source>Made demonstration records</source>
        <translation>Se crearon registros de demostración</translation>
    </message>
    <message>
        <source>Disclosed records</source>
        <translation>Se divulgaron registros</translation>
    </message>
    <message>
        <source>Saved a document to disk</source>
        <translation>Se guardó un documento en el disco</translation>
    </message>
    <message>
        <source>Made a document</source>
        <translation>Se generó un documento</translation>
    </message>
    <message>
        <source>Answered an eligibility question</source>
        <translation>Se respondió una pregunta de elegibilidad</translation>
    </message>
    <message>
        <source>Decided eligibility</source>
        <translation>Se decidió la elegibilidad</translation>
    </message>
    <message>
        <source>Checked the criminal history</source>
        <translation>Se revisaron los antecedentes penales</translation>
    </message>
    <message>
        <source>Opened an eligibility review</source>
        <translation>Se abrió una revisión de elegibilidad</translation>
    </message>
    <message>
        <source>Saved a report as CSV</source>
        <translation>Se guardó un informe como CSV</translation>
    </message>
    <message>
        <source>Saved the evaluator&apos;s extract</source>
        <translation>Se guardó el extracto del evaluador</translation>
    </message>
    <message>
        <source>Saved a grant report as PDF</source>
        <translation>Se guardó un informe de subvención como PDF</translation>
    </message>
    <message>
        <source>Saved a report as a workbook</source>
        <translation>Se guardó un informe como libro de Excel</translation>
    </message>
    <message>
        <source>Saved the roster as a spreadsheet</source>
        <translation type="vanished">Se guardó la lista de casos como hoja de cálculo</translation>
    </message>
    <message>
        <source>Marked the database as a demonstration</source>
        <translation>Se marcó la base de datos como demostración</translation>
    </message>
    <message>
        <source>Exported the database</source>
        <translation>Exportó la base de datos</translation>
    </message>
    <message>
        <source>Exported the database from the server</source>
        <translation>Exportó la base de datos del servidor</translation>
    </message>
    <message>
        <source>Moved the database in</source>
        <translation>Trasladó la base de datos</translation>
    </message>
    <message>
        <source>Looked at a dashboard</source>
        <translation>Consultó un panel de control</translation>
    </message>
    <message>
        <source>Saved a roster</source>
        <translation>Guardó una lista de personas</translation>
    </message>
    <message>
        <source>Saved the grant report template</source>
        <translation>Se guardó la plantilla del informe de subvención</translation>
    </message>
    <message>
        <source>Opened Home</source>
        <translation>Se abrió Inicio</translation>
    </message>
    <message>
        <source>Checked a spreadsheet to import</source>
        <translation>Revisó una hoja de cálculo para importar</translation>
    </message>
    <message>
        <source>Imported a spreadsheet</source>
        <translation>Importó una hoja de cálculo</translation>
    </message>
    <message>
        <source>Saved an intake</source>
        <translation>Se guardó una admisión</translation>
    </message>
    <message>
        <source>Signed off an intake</source>
        <translation>Se firmó una admisión</translation>
    </message>
    <message>
        <source>Opened an intake</source>
        <translation>Se abrió una admisión</translation>
    </message>
    <message>
        <source>Recorded a justice event</source>
        <translation>Se registró un evento judicial</translation>
    </message>
    <message>
        <source>Listed justice events</source>
        <translation>Se listaron eventos judiciales</translation>
    </message>
    <message>
        <source>Recorded a records look-up</source>
        <translation>Se registró una consulta de antecedentes</translation>
    </message>
    <message>
        <source>Listed records look-ups</source>
        <translation>Se listaron consultas de antecedentes</translation>
    </message>
    <message>
        <source>Enrolled a workstation with a code</source>
        <translation>Se inscribió un equipo con un código</translation>
    </message>
    <message>
        <source>Offered a workstation enrollment</source>
        <translation>Se ofreció la inscripción de un equipo</translation>
    </message>
    <message>
        <source>Made a new recovery key</source>
        <translation>Se generó una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Se abrió con la clave de recuperación</translation>
    </message>
    <message>
        <source>Changed the database key</source>
        <translation>Se cambió la clave de la base de datos</translation>
    </message>
    <message>
        <source>Amended a note</source>
        <translation>Se enmendó una nota</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Se escribió una nota</translation>
    </message>
    <message>
        <source>Edited a draft note</source>
        <translation>Se editó una nota en borrador</translation>
    </message>
    <message>
        <source>Listed notes</source>
        <translation>Se listaron notas</translation>
    </message>
    <message>
        <source>Signed a note</source>
        <translation>Se firmó una nota</translation>
    </message>
    <message>
        <source>Voided a note</source>
        <translation>Se anuló una nota</translation>
    </message>
    <message>
        <source>Added a person</source>
        <translation>Se agregó una persona</translation>
    </message>
    <message>
        <source>Checked for duplicates</source>
        <translation>Se buscaron duplicados</translation>
    </message>
    <message>
        <source>Merged two people</source>
        <translation>Se fusionaron dos personas</translation>
    </message>
    <message>
        <source>Listed merges</source>
        <translation>Se listaron fusiones</translation>
    </message>
    <message>
        <source>Listed suspected duplicates</source>
        <translation>Listó posibles duplicados</translation>
    </message>
    <message>
        <source>Marked two records as not the same person</source>
        <translation>Marcó dos registros como personas distintas</translation>
    </message>
    <message>
        <source>Searched for a person</source>
        <translation>Se buscó una persona</translation>
    </message>
    <message>
        <source>Undid a merge</source>
        <translation>Se deshizo una fusión</translation>
    </message>
    <message>
        <source>Changed a person&apos;s details</source>
        <translation>Se cambiaron los datos de una persona</translation>
    </message>
    <message>
        <source>Opened a person</source>
        <translation>Se abrió una persona</translation>
    </message>
    <message>
        <source>Opened a person&apos;s summary</source>
        <translation>Se abrió el resumen de una persona</translation>
    </message>
    <message>
        <source>Added a plan goal</source>
        <translation>Se agregó una meta del plan</translation>
    </message>
    <message>
        <source>Changed a goal&apos;s status</source>
        <translation>Se cambió el estado de una meta</translation>
    </message>
    <message>
        <source>Opened a plan</source>
        <translation>Se abrió un plan</translation>
    </message>
    <message>
        <source>Updated a provider&apos;s capacity</source>
        <translation>Se actualizó la capacidad de un proveedor</translation>
    </message>
    <message>
        <source>Added a provider</source>
        <translation>Se agregó un proveedor</translation>
    </message>
    <message>
        <source>Changed a provider&apos;s details</source>
        <translation>Se cambiaron los datos de un proveedor</translation>
    </message>
    <message>
        <source>Referred to a provider</source>
        <translation>Se remitió a un proveedor</translation>
    </message>
    <message>
        <source>Listed provider referrals</source>
        <translation>Se listaron remisiones a proveedores</translation>
    </message>
    <message>
        <source>Updated a provider referral</source>
        <translation>Se actualizó una remisión a proveedor</translation>
    </message>
    <message>
        <source>Sealed the existing records</source>
        <translation>Se sellaron los registros existentes</translation>
    </message>
    <message>
        <source>Sealed changed records</source>
        <translation>Se sellaron registros modificados</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Se hizo una remisión</translation>
    </message>
    <message>
        <source>Opened a referral</source>
        <translation>Se abrió una remisión</translation>
    </message>
    <message>
        <source>Opened the cases behind a report figure</source>
        <translation>Se abrieron los casos detrás de una cifra de un informe</translation>
    </message>
    <message>
        <source>Ran a report</source>
        <translation>Se generó un informe</translation>
    </message>
    <message>
        <source>Server connection without TLS (this computer only)</source>
        <translation>Conexión al servidor sin TLS (solo este equipo)</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>Se bloqueó la pantalla</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>Se desbloqueó la pantalla</translation>
    </message>
    <message>
        <source>Changed a program setting</source>
        <translation>Se cambió una configuración del programa</translation>
    </message>
    <message>
        <source>Recorded an outcome snapshot</source>
        <translation>Se registró un resumen de resultados</translation>
    </message>
    <message>
        <source>Listed outcome snapshots</source>
        <translation>Se listaron resúmenes de resultados</translation>
    </message>
    <message>
        <source>Opened the print queue</source>
        <translation>Se abrió la cola de impresión</translation>
    </message>
    <message>
        <source>Set a court date</source>
        <translation>Se fijó una fecha de audiencia</translation>
    </message>
    <message>
        <source>Changed a summons&apos; status</source>
        <translation>Se cambió el estado de una citación</translation>
    </message>
    <message>
        <source>Program deadlines applied</source>
        <translation>Se aplicaron los plazos del programa</translation>
    </message>
    <message>
        <source>Opened the work queue</source>
        <translation>Se abrió el trabajo pendiente</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Agency form</source>
        <translation>Formulario de agencia</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Nota del caso</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Lista de códigos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Divulgación</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>The account was changed</source>
        <translation>La cuenta se modificó</translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation>La cuenta ya no existe</translation>
    </message>
    <message>
        <source>Assigning a case to someone else is a supervisor&apos;s</source>
        <translation>Asignar un caso a otra persona corresponde a un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>Rows of the file were refused</source>
        <translation>Se rechazaron filas del archivo</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>La cuenta está desactivada</translation>
    </message>
    <message>
        <source>The account was unused too long</source>
        <translation>La cuenta no se usó durante demasiado tiempo</translation>
    </message>
    <message>
        <source>Importing is a supervisor&apos;s</source>
        <translation>Importar corresponde a un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>La cuenta está bloqueada</translation>
    </message>
    <message>
        <source>Merging is a supervisor&apos;s</source>
        <translation>Fusionar corresponde a un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>Suspected duplicates are a supervisor&apos;s</source>
        <translation>Los posibles duplicados corresponden a un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>Sin consentimiento válido</translation>
    </message>
    <message>
        <source>Only an evaluator may</source>
        <translation>Solo un(a) evaluador(a) puede</translation>
    </message>
    <message>
        <source>Not on this case manager&apos;s caseload</source>
        <translation>No está en la carga de casos de este/a administrador(a) de caso</translation>
    </message>
    <message>
        <source>Not this officer&apos;s referral</source>
        <translation>No es una remisión de este/a agente</translation>
    </message>
    <message>
        <source>The consent does not name this office</source>
        <translation>El consentimiento no nombra a esta oficina</translation>
    </message>
    <message>
        <source>Only a supervisor may</source>
        <translation>Solo un(a) supervisor(a) puede</translation>
    </message>
    <message>
        <source>Officers do not search people</source>
        <translation>Los agentes no buscan personas</translation>
    </message>
    <message>
        <source>Another role&apos;s dashboard</source>
        <translation>Panel de control de otro rol</translation>
    </message>
    <message>
        <source>Outside this case manager&apos;s caseload</source>
        <translation>Fuera de la carga de casos de este/a administrador(a) de caso</translation>
    </message>
    <message>
        <source>A password used before</source>
        <translation>Una contraseña ya usada</translation>
    </message>
    <message>
        <source>The password breaks a rule</source>
        <translation>La contraseña incumple una regla</translation>
    </message>
    <message>
        <source>Program totals only</source>
        <translation>Solo totales del programa</translation>
    </message>
    <message>
        <source>Temporary password not changed yet</source>
        <translation>La contraseña temporal aún no se ha cambiado</translation>
    </message>
    <message>
        <source>Program-wide data</source>
        <translation>Datos de todo el programa</translation>
    </message>
    <message>
        <source>Only the prosecutor&apos;s reviewer may</source>
        <translation>Solo el/la revisor(a) de la fiscalía puede</translation>
    </message>
    <message>
        <source>Reassigning a case is a supervisor&apos;s</source>
        <translation>Reasignar un caso corresponde a un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>The account&apos;s role changed</source>
        <translation>El rol de la cuenta cambió</translation>
    </message>
    <message>
        <source>Exporting the roster is a supervisor&apos;s</source>
        <translation>Exportar la lista corresponde a un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>Saving is turned off</source>
        <translation>El guardado está desactivado</translation>
    </message>
    <message>
        <source>No such account</source>
        <translation>No existe esa cuenta</translation>
    </message>
    <message>
        <source>Wrong current password</source>
        <translation>Contraseña actual incorrecta</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>Spreadsheet import</source>
        <translation type="vanished">Importación de hoja de cálculo</translation>
    </message>
    <message>
        <source>Justice event</source>
        <translation>Evento judicial</translation>
    </message>
    <message>
        <source>Records look-up</source>
        <translation>Consulta de antecedentes</translation>
    </message>
    <message>
        <source>Outcome snapshot</source>
        <translation>Resumen de resultados</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Meta del plan</translation>
    </message>
    <message>
        <source>Who is connected</source>
        <translation>Quién está conectado</translation>
    </message>
    <message>
        <source>Program rules</source>
        <translation>Reglas del programa</translation>
    </message>
    <message>
        <source>Provider referral</source>
        <translation>Remisión a proveedor</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation type="vanished">Servidor de base de datos</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>Citación</translation>
    </message>
    <message>
        <source>Program deadlines</source>
        <translation>Plazos del programa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth estimated</source>
        <translation>Fecha de nacimiento estimada</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Unhoused</source>
        <translation>Sin vivienda</translation>
    </message>
    <message>
        <source>Usual location</source>
        <translation>Ubicación habitual</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Se puede contactar sin riesgo</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Contact date and time</source>
        <translation>Fecha y hora del contacto</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quién estuvo presente</translation>
    </message>
    <message>
        <source>Part 2 (treatment) note</source>
        <translation>Nota de la Parte 2 (tratamiento)</translation>
    </message>
    <message>
        <source>Counseling note</source>
        <translation>Nota de consejería</translation>
    </message>
    <message>
        <source>Needs addressed</source>
        <translation>Necesidades atendidas</translation>
    </message>
    <message>
        <source>Intake started</source>
        <translation>Admisión iniciada</translation>
    </message>
    <message>
        <source>Intake completed</source>
        <translation>Admisión completada</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Immediate needs</source>
        <translation>Necesidades inmediatas</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <source>Type of consent</source>
        <translation>Tipo de consentimiento</translation>
    </message>
    <message>
        <source>Who discloses</source>
        <translation>Quién divulga</translation>
    </message>
    <message>
        <source>What may be disclosed</source>
        <translation>Qué se puede divulgar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Expires at the event</source>
        <translation>Vence con el evento</translation>
    </message>
    <message>
        <source>Revocable after</source>
        <translation>Revocable después del</translation>
    </message>
    <message>
        <source>Revocable after the event</source>
        <translation>Revocable después del evento</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>No se pudo guardar el idioma: %1</translation>
    </message>
    <message>
        <source>LEAD Desktop will open in %1 the next time it starts. To switch now, close LEAD Desktop and open it again; nothing you saved is lost.</source>
        <translation>LEAD Desktop se abrirá en %1 la próxima vez que se inicie. Para cambiar ahora, cierre LEAD Desktop y vuelva a abrirlo; no se pierde nada de lo que guardó.</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>LEAD Desktop is locked</source>
        <translation>LEAD Desktop está bloqueado</translation>
    </message>
    <message>
        <source>Signed in as %s. Enter your password to continue.</source>
        <translation>Sesión de %s. Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <extracomment>Someone else needs this workstation: the main window signs out.</extracomment>
        <translation>&amp;Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> — DEMO (synthetic data)</source>
        <extracomment>The session is over (signed out, or ended by a change to the account); the text says why when it was not the user&apos;s choice. The app shows sign-in again. The user closed the window: the app quits. From any thread: the services refused this session (security/session_check.py).</extracomment>
        <translation> — DEMO (datos ficticios)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About LEAD Desktop</source>
        <translation>&amp;Acerca de LEAD Desktop</translation>
    </message>
    <message>
        <source>%1 version %2

Case management for pre-booking diversion programs.
Qt %3. Fonts: DejaVu Sans (free license, bundled).
Apache License 2.0.

Log file for IT (no participant data):
%4</source>
        <translation>%1 versión %2

Administración de casos para programas de desvío previo al arresto.
Qt %3. Fuentes: DejaVu Sans (licencia libre, incluida).
Licencia Apache 2.0.

Archivo de registro para informática (sin datos de participantes):
%4</translation>
    </message>
    <message>
        <source>%1 version %2

Case management for pre-booking diversion programs.
Qt %3. Fonts: DejaVu Sans (free license, bundled).</source>
        <translation type="vanished">%1 versión %2

Administración de casos para programas de desvío previo al arresto.
Qt %3. Fuentes: DejaVu Sans (licencia libre, incluidas).</translation>
    </message>
    <message>
        <source>%1 version %2

Case management for pre-booking diversion programs.
Qt %3. Fonts: DejaVu Sans (free licence, bundled).</source>
        <translation type="vanished">%1 versión %2

Administración de casos para programas de desvío previo al arresto.
Qt %3. Fuentes: DejaVu Sans (licencia libre, incluidas).</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation>Se bloquea en %1:%2</translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <source>a last name few people on file bear</source>
        <translation>un apellido que tienen pocas personas registradas</translation>
    </message>
    <message>
        <source>a full name few people on file bear</source>
        <translation>un nombre completo que tienen pocas personas registradas</translation>
    </message>
    <message>
        <source>same {kinds}</source>
        <translation>igual {kinds}</translation>
    </message>
    <message>
        <source>same last name</source>
        <translation>mismo apellido</translation>
    </message>
    <message>
        <source>shares a part of the last name</source>
        <translation>comparte una parte del apellido</translation>
    </message>
    <message>
        <source>last name spelled nearly alike</source>
        <translation>apellido escrito de forma casi igual</translation>
    </message>
    <message>
        <source>last name sounds alike</source>
        <translation>apellido que suena parecido</translation>
    </message>
    <message>
        <source>last name similar</source>
        <translation>apellido similar</translation>
    </message>
    <message>
        <source>same first name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>first name a nickname of the other</source>
        <translation>nombre que es un apodo del otro</translation>
    </message>
    <message>
        <source>shares a part of the first name</source>
        <translation>comparte una parte del nombre</translation>
    </message>
    <message>
        <source>first name spelled nearly alike</source>
        <translation>nombre escrito de forma casi igual</translation>
    </message>
    <message>
        <source>first name sounds alike</source>
        <translation>nombre que suena parecido</translation>
    </message>
    <message>
        <source>same first initial</source>
        <translation>misma inicial del nombre</translation>
    </message>
    <message>
        <source>first name similar</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>date of birth with day and month swapped</source>
        <translation>fecha de nacimiento con el día y el mes invertidos</translation>
    </message>
    <message>
        <source>date of birth one year apart</source>
        <translation>fecha de nacimiento con un año de diferencia</translation>
    </message>
    <message>
        <source>date of birth one digit apart</source>
        <translation>fecha de nacimiento con un dígito distinto</translation>
    </message>
    <message>
        <source>date of birth with two digits exchanged</source>
        <translation>fecha de nacimiento con dos dígitos intercambiados</translation>
    </message>
    <message>
        <source>born the same month</source>
        <translation>nacido/a el mismo mes</translation>
    </message>
    <message>
        <source>born about the same year</source>
        <translation>nacido/a aproximadamente el mismo año</translation>
    </message>
    <message>
        <source>different date of birth</source>
        <translation>fecha de nacimiento distinta</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>nombre y apellido invertidos</translation>
    </message>
    <message>
        <source>{reason} (an alias)</source>
        <translation>{reason} (un alias)</translation>
    </message>
    <message>
        <source>{reason} (as the alias given)</source>
        <translation>{reason} (según el alias indicado)</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Both records have an open case, and one person has at most one open case: {first} and {second}. Close or exit one of the two cases first (person window, Case tab), then merge.</source>
        <translation>Ambos registros tienen un caso abierto, y una persona tiene como máximo un caso abierto: {first} y {second}. Primero cierre uno de los dos casos o registre su salida (ventana de la persona, pestaña Caso) y luego fusione.</translation>
    </message>
    <message>
        <source>{name}&apos;s case ({state}, since {since}, {manager})</source>
        <translation>Caso de {name} ({state}, desde {since}, {manager})</translation>
    </message>
    <message>
        <source>no case manager yet</source>
        <translation>todavía sin administrador(a) de caso</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Elija dos personas distintas.</translation>
    </message>
    <message>
        <source>Give the reason for the merge.</source>
        <translation>Indique el motivo de la fusión.</translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation>Campos desconocidos: {fields}.</translation>
    </message>
    <message>
        <source>One of these records is already merged into another.</source>
        <translation>Uno de estos registros ya está fusionado con otro.</translation>
    </message>
    <message>
        <source>Give the reason for the unmerge.</source>
        <translation>Indique el motivo para deshacer la fusión.</translation>
    </message>
    <message>
        <source>No such merge, or it was already undone.</source>
        <translation>No existe esa fusión, o ya se deshizo.</translation>
    </message>
    <message>
        <source>Only a supervisor merges or unmerges people.</source>
        <translation>Solo un(a) supervisor(a) fusiona personas o deshace fusiones.</translation>
    </message>
    <message>
        <source>Give the reason they are not the same person.</source>
        <translation>Indique el motivo por el que no son la misma persona.</translation>
    </message>
    <message>
        <source>Only a supervisor reviews suspected duplicates.</source>
        <translation>Solo un(a) supervisor(a) revisa los posibles duplicados.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records of the same person</source>
        <translation>Fusionar dos registros de la misma persona</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Conservar el otro registro</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Motivo de la fusión</translation>
    </message>
    <message>
        <source>Why these are the same person (required)</source>
        <translation>Por qué son la misma persona (obligatorio)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>The kept record stays; the other one&apos;s referrals, cases, consents and justice events move to it. Tick a field to take the other record&apos;s value.</source>
        <translation>El registro conservado se mantiene; las remisiones, casos, consentimientos y eventos judiciales del otro pasan a él. Marque un campo para tomar el valor del otro registro.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Registro conservado</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Otro registro</translation>
    </message>
    <message>
        <source>Take the other&apos;s</source>
        <translation>Tomar el del otro</translation>
    </message>
    <message>
        <source>Take the other record&apos;s %1</source>
        <translation>Tomar %1 del otro registro</translation>
    </message>
</context>
<context>
    <name>NewDatabasePage</name>
    <message>
        <source>A new encrypted database</source>
        <translation>Una base de datos cifrada nueva</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Program profile</source>
        <translation>Perfil del programa</translation>
    </message>
    <message>
        <source>That file already exists; it will not be replaced. Choose another name, or go back and open it.</source>
        <translation>Ese archivo ya existe; no se reemplazará. Elija otro nombre, o vuelva atrás y ábralo.</translation>
    </message>
    <message>
        <source>Give the database a name.</source>
        <translation>Dé un nombre a la base de datos.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Choose a folder this account may write to (for example under your documents or the program&apos;s data folder).</source>
        <translation>Elija una carpeta en la que esta cuenta pueda escribir (por ejemplo, en sus documentos o en la carpeta de datos del programa).</translation>
    </message>
    <message>
        <source>Nothing was changed, and a verified backup was made first. Try again when no one else is using the database; if it fails again, send the log to support.</source>
        <translation>No se cambió nada, y antes se hizo una copia de seguridad verificada. Vuelva a intentarlo cuando nadie más use la base de datos; si vuelve a fallar, envíe el registro a soporte.</translation>
    </message>
    <message>
        <source>An administrator stores it with `lead-admin server-password`.</source>
        <translation>Un(a) administrador(a) la guarda con `lead-admin server-password`.</translation>
    </message>
    <message>
        <source>An administrator runs `lead-admin upgrade` with the owner role when no one is connected.</source>
        <translation>Un(a) administrador(a) ejecuta `lead-admin upgrade` con el rol propietario cuando no haya nadie conectado.</translation>
    </message>
    <message>
        <source>Open the existing case from the person&apos;s record.</source>
        <translation>Abra el caso existente desde el expediente de la persona.</translation>
    </message>
    <message>
        <source>Correct those rows in the file (or leave them out), then import it again.</source>
        <translation>Corrija esas filas en el archivo (o quítelas) y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Save the spreadsheet as .xlsx or .csv and try again.</source>
        <translation>Guarde la hoja de cálculo como .xlsx o .csv e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Split it into several files.</source>
        <translation>Divídalo en varios archivos.</translation>
    </message>
    <message>
        <source>Give every column a header, then try again.</source>
        <translation>Ponga un encabezado a cada columna e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again as .xlsx, or as .csv.</source>
        <translation>Ábralo en su programa de hojas de cálculo y vuelva a guardarlo como .xlsx o como .csv.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Close or exit one of the two cases, then merge.</source>
        <translation>Cierre o dé de baja uno de los dos casos y luego combine.</translation>
    </message>
    <message>
        <source>`lead-admin profiles list` shows the versions.</source>
        <translation>`lead-admin profiles list` muestra las versiones.</translation>
    </message>
    <message>
        <source>Upgrade it first (`lead-admin upgrade`), with the same program version as the workstations.</source>
        <translation>Actualícela primero (`lead-admin upgrade`), con la misma versión del programa que las estaciones de trabajo.</translation>
    </message>
    <message>
        <source>Type the recovery key from the newest sheet, or ask your administrator to enroll this workstation (`lead-admin enroll`).</source>
        <translation>Escriba la clave de recuperación de la hoja más reciente, o pida a su administrador(a) que registre esta estación de trabajo (`lead-admin enroll`).</translation>
    </message>
    <message>
        <source>An administrator points this workstation at the server: `lead-admin server-password --url {server}`.</source>
        <translation>Un(a) administrador(a) conecta este equipo al servidor: `lead-admin server-password --url {server}`.</translation>
    </message>
    <message>
        <source>Check the path. A new database is only ever created by the setup wizard or `lead-admin init`.</source>
        <extracomment>What the person can safely do next; shown under the message. A class&apos;s own default is marked for translation (context &quot;NextSteps&quot;), so the screen shows it translated.</extracomment>
        <translation>Revise la ruta. Una base de datos nueva solo se crea con el asistente de configuración o con `lead-admin init`.</translation>
    </message>
    <message>
        <source>Check the backup folder (the administration page shows it), or name the file with --backup.</source>
        <translation>Revise la carpeta de copias de seguridad (la página de administración la muestra), o indique el archivo con --backup.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key (`lead-admin enroll`), or contact your administrator.</source>
        <translation>Desbloquee con la clave de recuperación (`lead-admin enroll`), o comuníquese con su administrador(a).</translation>
    </message>
    <message>
        <source>The stored key does not open this database (it may have been rekeyed). Unlock with the current recovery key, or contact your administrator.</source>
        <translation>La clave guardada no abre esta base de datos (es posible que se haya cambiado su clave). Desbloquee con la clave de recuperación actual, o comuníquese con su administrador(a).</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new key (on another workstation, or after this copy was made). Enter its current recovery key (in the app, or `lead-admin enroll`), or ask your administrator to enroll this workstation.</source>
        <translation>La base de datos se volvió a cifrar con una clave nueva (en otro equipo, o después de hacer esta copia). Escriba su clave de recuperación actual (en la aplicación, o con `lead-admin enroll`), o pida a su administrador(a) que inscriba este equipo.</translation>
    </message>
    <message>
        <source>LEAD Desktop refuses to open unencrypted files. Move the file somewhere safe and contact your administrator.</source>
        <translation>LEAD Desktop no abre archivos sin cifrar. Mueva el archivo a un lugar seguro y comuníquese con su administrador(a).</translation>
    </message>
    <message>
        <source>The file is incomplete. Restore the latest backup (`lead-admin restore`).</source>
        <translation>El archivo está incompleto. Restaure la copia de seguridad más reciente (`lead-admin restore`).</translation>
    </message>
    <message>
        <source>The file is damaged; nothing was written to it. Restore the latest backup (`lead-admin restore --latest --db &lt;file&gt; --force`: the damaged file is kept aside), or ask your administrator.</source>
        <translation>El archivo está dañado; no se escribió nada en él. Restaure la copia de seguridad más reciente (`lead-admin restore --latest --db &lt;file&gt; --force`: el archivo dañado se guarda aparte), o consulte a su administrador(a).</translation>
    </message>
    <message>
        <source>Choose the LEAD Desktop database file.</source>
        <translation>Elija el archivo de base de datos de LEAD Desktop.</translation>
    </message>
    <message>
        <source>LEAD Desktop keeps database keys only in the operating system&apos;s credential store. Ask IT to enable it (Windows Credential Manager, macOS Keychain, Secret Service), or configure a backend explicitly through keyring&apos;s settings.</source>
        <translation>LEAD Desktop guarda las claves de la base de datos solo en el almacén de credenciales del sistema operativo. Pida a informática que lo habilite (Windows Credential Manager, macOS Keychain, Secret Service), o configure explícitamente un almacén en los ajustes de keyring.</translation>
    </message>
    <message>
        <source>Check the recovery key sheet and type all groups again; letters O and I may be typed as 0 and 1.</source>
        <translation>Revise la hoja de la clave de recuperación y vuelva a escribir todos los grupos; las letras O e I pueden escribirse como 0 y 1.</translation>
    </message>
    <message>
        <source>Type the code again as shown on the administrator&apos;s screen, or ask for a new one (each code works once, for 15 minutes).</source>
        <translation>Vuelva a escribir el código tal como aparece en la pantalla del administrador, o pida uno nuevo (cada código funciona una sola vez, durante 15 minutos).</translation>
    </message>
    <message>
        <source>Change it first: sign in to LEAD Desktop, or run `lead-admin users change-password --db PATH --as NAME` (the temporary password, then the new one twice).</source>
        <translation>Cámbiela primero: inicie sesión en LEAD Desktop, o ejecute `lead-admin users change-password --db PATH --as NAME` (la contraseña temporal y luego la nueva dos veces).</translation>
    </message>
    <message>
        <source>Sign in again, or contact your administrator.</source>
        <translation>Vuelva a iniciar sesión, o comuníquese con su administrador(a).</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Choose another path, or pass --force where offered.</source>
        <translation>No se sobrescribió nada. Elija otra ruta, o use --force donde se ofrezca.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer LEAD Desktop. Install that version here.</source>
        <translation>Esta base de datos fue actualizada por una versión más reciente de LEAD Desktop. Instale esa versión en este equipo.</translation>
    </message>
    <message>
        <source>Ask an administrator to run `lead-admin upgrade` when no one else is connected; until then use the program version the other workstations use.</source>
        <translation>Pida a un(a) administrador(a) que ejecute `lead-admin upgrade` cuando no haya nadie más conectado; mientras tanto, use la versión del programa que usan los demás equipos.</translation>
    </message>
    <message>
        <source>Check that the URL names the owner role (schema changes need it), then try again; the database is as it was.</source>
        <translation>Compruebe que la URL indique el rol propietario (los cambios de esquema lo requieren) y vuelva a intentarlo; la base de datos quedó como estaba.</translation>
    </message>
    <message>
        <source>Another workstation is saving. Try again in a moment; your input is kept.</source>
        <translation>Otro equipo está guardando. Vuelva a intentarlo en un momento; lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>Ask them to close LEAD Desktop (or wait until their entries expire, if a workstation crashed), then try again.</source>
        <translation>Pídales que cierren LEAD Desktop (o espere a que venzan sus entradas, si un equipo falló) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the server address and that the server is running; an administrator can store the password again with `lead-admin server-password`.</source>
        <translation>Revise la dirección del servidor y que el servidor esté en funcionamiento; un(a) administrador(a) puede volver a guardar la contraseña con `lead-admin server-password`.</translation>
    </message>
    <message>
        <source>Use the department&apos;s CA certificate (sslmode=verify-full). Only a server on this workstation (loopback) may run without TLS, and only when an administrator records it.</source>
        <translation>Use el certificado de la CA del departamento (sslmode=verify-full). Solo un servidor en este equipo (bucle local) puede funcionar sin TLS, y solo si un(a) administrador(a) lo registra.</translation>
    </message>
    <message>
        <source>Point {variable} at the file your syslog daemon writes, or check the entries in your SIEM.</source>
        <translation>Configure {variable} con el archivo que escribe su servicio syslog, o revise las entradas en su SIEM.</translation>
    </message>
</context>
<context>
    <name>NoteDetail</name>
    <message>
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
    <message>
        <source>Select a note to read it in full.</source>
        <translation>Seleccione una nota para leerla completa.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min · by %4</source>
        <translation>%1 · %2 · %3 min · por %4</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>autor desconocido</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>locked, not signed</source>
        <translation>bloqueada, sin firmar</translation>
    </message>
    <message>
        <source>Corrects an earlier note: %1</source>
        <translation>Corrige una nota anterior: %1</translation>
    </message>
    <message>
        <source>Amended %1 by %2: %3</source>
        <translation>Enmendada el %1 por %2: %3</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Amend note</source>
        <translation>Enmendar la nota</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Nota del caso</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Nota en borrador</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Holds information from a Part 2 program</source>
        <translation>Contiene información de un programa de la Parte 2</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo de la enmienda</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>Se conservó la versión guardada por otra persona.</translation>
    </message>
    <message>
        <source>Discard this note?</source>
        <translation>¿Descartar esta nota?</translation>
    </message>
    <message>
        <source>The note has not been saved. Discard it?</source>
        <translation>La nota no se ha guardado. ¿Descartarla?</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Only the author signs a note.</source>
        <translation>Solo el/la autor(a) firma una nota.</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Esta nota ya está firmada.</translation>
    </message>
    <message>
        <source>Only the author edits a draft note.</source>
        <translation>Solo el/la autor(a) edita una nota en borrador.</translation>
    </message>
    <message>
        <source>This note is locked: add an amendment instead.</source>
        <translation>Esta nota está bloqueada: agregue una enmienda en su lugar.</translation>
    </message>
    <message>
        <source>A Part 2 note cannot be made ordinary; void it instead.</source>
        <translation>Una nota de la Parte 2 no puede convertirse en una nota ordinaria; anúlela en su lugar.</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Indique el motivo de la enmienda.</translation>
    </message>
</context>
<context>
    <name>OffensePicker</name>
    <message>
        <source>%1 is no longer on the program&apos;s list of offense codes.</source>
        <translation>%1 ya no está en la lista de códigos de delito del programa.</translation>
    </message>
    <message>
        <source>Not on the program&apos;s list: kept as typed.</source>
        <translation>No está en la lista del programa: se conserva tal como se escribió.</translation>
    </message>
</context>
<context>
    <name>OpenDatabasePage</name>
    <message>
        <source>Open an existing database</source>
        <translation>Abrir una base de datos existente</translation>
    </message>
    <message>
        <source>Only if this workstation has no key yet</source>
        <translation type="vanished">Solo si este equipo aún no tiene la clave</translation>
    </message>
    <message>
        <source>Only if this workstation has no key yet, or an old one</source>
        <translation>Solo si este equipo aún no tiene la clave, o tiene una antigua</translation>
    </message>
    <message>
        <source>The recovery key, or the one-time enrollment code an administrator makes on an enrolled workstation</source>
        <translation>La clave de recuperación, o el código de inscripción de un solo uso que un administrador genera en un equipo inscrito</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Recovery key or code</source>
        <translation>Clave de recuperación o código</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="vanished">Clave de recuperación</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The snapshot for {month} is already recorded.</source>
        <translation>El resumen de {month} ya está registrado.</translation>
    </message>
</context>
<context>
    <name>PanelBox</name>
    <message>
        <source>Referrals per month by type</source>
        <translation>Remisiones por mes según el tipo</translation>
    </message>
    <message>
        <source>Active participants against the program&apos;s capacity</source>
        <translation>Participantes activos frente al cupo del programa</translation>
    </message>
    <message>
        <source>Intakes within the deadline</source>
        <translation>Admisiones dentro del plazo</translation>
    </message>
    <message>
        <source>Appointments by attendance</source>
        <translation>Citas según la asistencia</translation>
    </message>
    <message>
        <source>Exits by type</source>
        <translation>Salidas según el tipo</translation>
    </message>
    <message>
        <source>Housing by month since entry, % of snapshots</source>
        <translation>Vivienda por mes desde el ingreso, % de los resúmenes</translation>
    </message>
    <message>
        <source>Case managers by caseload against the standard</source>
        <translation>Administradores de casos según la carga de casos frente al estándar</translation>
    </message>
    <message>
        <source>Caseload per case manager against the standard</source>
        <translation>Carga de casos por administrador(a) de caso frente al estándar</translation>
    </message>
    <message>
        <source>The numbers of this chart are under 11 people and hidden (&lt;11 in the table).</source>
        <translation>Los números de este gráfico son de menos de 11 personas y están ocultos (&lt;11 en la tabla).</translation>
    </message>
    <message>
        <source>Choose a number to list the people behind it.</source>
        <translation>Elija un número para listar las personas detrás de él.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>{count} people already on file may be this person. Review them, then pick one or confirm a new person.</source>
        <translation>{count} personas ya registradas podrían ser esta persona. Revíselas y luego elija una o confirme una persona nueva.</translation>
    </message>
    <message>
        <source>Officers open people from their own referrals.</source>
        <translation>Los agentes solo abren personas de sus propias remisiones.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name, alias, date of birth (1988-03-14) or ID</source>
        <translation>Nombre, alias, fecha de nacimiento (1988-03-14) o identificación</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>Por completar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation>&amp;Fusionar los dos seleccionados…</translation>
    </message>
    <message>
        <source>&amp;Undo a merge…</source>
        <translation>&amp;Deshacer una fusión…</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>Type at least two letters, a date of birth or an ID.</source>
        <translation>Escriba al menos dos letras, una fecha de nacimiento o una identificación.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Select the two records of the same person.</source>
        <translation>Seleccione los dos registros de la misma persona.</translation>
    </message>
    <message>
        <source>Merged: %1 kept.</source>
        <translation>Fusionados: se conservó %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This account</source>
        <translation>Esta cuenta</translation>
    </message>
    <message>
        <source>{who} may not change {data}.</source>
        <translation>{who} no puede modificar {data}.</translation>
    </message>
    <message>
        <source>{who} may not read {data}.</source>
        <translation>{who} no puede leer {data}.</translation>
    </message>
    <message>
        <source>{who} may not see {data}.</source>
        <translation>{who} no puede ver {data}.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>No existe ese caso.</translation>
    </message>
    <message>
        <source>This case is not on your caseload.</source>
        <translation>Este caso no está en su carga de casos.</translation>
    </message>
    <message>
        <source>Officers see the status of their own referrals only.</source>
        <translation>Los agentes solo ven el estado de sus propias remisiones.</translation>
    </message>
    <message>
        <source>Officers see only the people they referred.</source>
        <translation>Los agentes solo ven a las personas que remitieron.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>No existe ese consentimiento.</translation>
    </message>
    <message>
        <source>Prosecutor reviewers see only the §2.35 consents that name their office.</source>
        <translation>Los revisores de la fiscalía solo ven los consentimientos §2.35 que nombran a su oficina.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Usually found at</source>
        <translation>Se le suele encontrar en</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>necesita intérprete</translation>
    </message>
    <message>
        <source>unhoused</source>
        <translation>sin vivienda</translation>
    </message>
    <message>
        <source>safe to contact</source>
        <translation>se le puede contactar sin riesgo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>Se conservó la versión guardada por otra persona.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador(a) de caso</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Sin caso</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <source>Not shown to your role</source>
        <translation>No se muestra para su rol</translation>
    </message>
    <message>
        <source>Signed, valid until %1</source>
        <translation>Firmado, válido hasta el %1</translation>
    </message>
    <message>
        <source>Signed, valid</source>
        <translation>Firmado, válido</translation>
    </message>
    <message>
        <source>Draft, not signed yet</source>
        <translation>Borrador, aún sin firmar</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>Sin consentimiento válido</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Intake by %1</source>
        <translation>Admisión antes del %1</translation>
    </message>
    <message>
        <source>Program completion by %1</source>
        <translation>Finalización del programa antes del %1</translation>
    </message>
    <message numerus="yes">
        <source>(overdue by %n day(s))</source>
        <translation>
            <numerusform>(vencido hace %n día)</numerusform>
            <numerusform>(vencido hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation type="vanished">(vence pronto)</translation>
    </message>
</context>
<context>
    <name>PersonOverview</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>&amp;Complete or edit person…</source>
        <translation>&amp;Completar o editar persona…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Editar persona…</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nacido/a el %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation>Por completar: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>También conocido/a como: %1</translation>
    </message>
    <message>
        <source>Case: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Caso: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Intake due %1</source>
        <translation>Admisión vence el %1</translation>
    </message>
</context>
<context>
    <name>PersonWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Justice events</source>
        <translation>Eventos judiciales</translation>
    </message>
    <message>
        <source>Referral and eligibility</source>
        <translation type="vanished">Remisión y elegibilidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Consents and intake</source>
        <translation>Consentimientos y admisión</translation>
    </message>
    <message>
        <source>Provider follow-up</source>
        <translation>Seguimiento con proveedores</translation>
    </message>
    <message>
        <source>Plan and outcomes</source>
        <translation>Plan y resultados</translation>
    </message>
    <message>
        <source>Outcomes and justice events</source>
        <translation type="vanished">Resultados y eventos judiciales</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Choose a step</source>
        <translation>Elija un paso</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="vanished">Cronología</translation>
    </message>
    <message>
        <source>&amp;Complete or edit person…</source>
        <translation type="vanished">&amp;Completar o editar persona…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="vanished">&amp;Editar persona…</translation>
    </message>
    <message>
        <source>Offenses</source>
        <translation>Delitos</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nacido/a el %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="vanished">Idioma: %1</translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="vanished">nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="vanished">apellido</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="vanished">fecha de nacimiento</translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation type="vanished">Por completar: %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation type="vanished">También conocido/a como: %1</translation>
    </message>
    <message>
        <source>Case: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="vanished">Caso: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Intake due %1</source>
        <translation type="vanished">Admisión vence el %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>aún sin decidir</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitido</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>Número de incidente</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation type="vanished">Delitos</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Agreed to the program</source>
        <translation>Aceptó el programa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Needs at referral</source>
        <translation>Necesidades al remitir</translation>
    </message>
    <message>
        <source>Second responder at the scene</source>
        <translation>Segundo interviniente en el lugar</translation>
    </message>
    <message>
        <source>Eligibility decision</source>
        <translation>Decisión de elegibilidad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Parte 2</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>corrects an earlier note: %1</source>
        <translation>corrige una nota anterior: %1</translation>
    </message>
    <message>
        <source>amended below</source>
        <translation>enmendada abajo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Agregar nota…</translation>
    </message>
    <message>
        <source>&amp;Edit my draft…</source>
        <translation>&amp;Editar mi borrador…</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Sign your note: it is locked from then on</source>
        <translation>Firme su nota: a partir de entonces queda bloqueada</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>En&amp;mendar…</translation>
    </message>
    <message>
        <source>Correct a locked note: the original stays beside the amendment</source>
        <translation>Corregir una nota bloqueada: la original se conserva junto a la enmienda</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>A note written on the wrong case: voided with a reason, never deleted</source>
        <translation>Una nota escrita en el caso equivocado: se anula con un motivo, nunca se borra</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>Note signed.</source>
        <translation>Nota firmada.</translation>
    </message>
    <message>
        <source>Amendment saved; the original note stays beside it.</source>
        <translation>Enmienda guardada; la nota original se conserva junto a ella.</translation>
    </message>
    <message>
        <source>Void this note</source>
        <translation>Anular esta nota</translation>
    </message>
    <message>
        <source>Why is it voided? (kept in the audit log; the note is kept)</source>
        <translation>¿Por qué se anula? (queda en el registro de auditoría; la nota se conserva)</translation>
    </message>
    <message>
        <source>Note voided.</source>
        <translation>Nota anulada.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Valid today</source>
        <translation>Vigente hoy</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>New &amp;consent…</source>
        <translation>Nuevo &amp;consentimiento…</translation>
    </message>
    <message>
        <source>&amp;Intake…</source>
        <translation>&amp;Admisión…</translation>
    </message>
    <message>
        <source>Open &amp;draft…</source>
        <translation>Abrir &amp;borrador…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Record the participant&apos;s written revocation of the selected consent: disclosures under it stop.</source>
        <translation>Registrar la revocación escrita del participante del consentimiento seleccionado: cesan las divulgaciones amparadas en él.</translation>
    </message>
    <message>
        <source>No consents yet.</source>
        <translation>Aún no hay consentimientos.</translation>
    </message>
    <message>
        <source>Move case</source>
        <translation>Mover el caso</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <source>The case is closed (%1): no further step.</source>
        <translation>El caso está cerrado (%1): no hay más pasos.</translation>
    </message>
    <message>
        <source>No step is possible yet: the next step waits for what the program requires first (see the work queue).</source>
        <translation>Todavía no es posible ningún paso: el siguiente paso espera lo que el programa exige primero (vea el trabajo pendiente).</translation>
    </message>
    <message>
        <source>The next step from %1 is taken by: %2.</source>
        <translation>El siguiente paso desde %1 lo da: %2.</translation>
    </message>
    <message>
        <source>the program&apos;s timers</source>
        <translation>los plazos automáticos del programa</translation>
    </message>
    <message>
        <source>Choose the next step first.</source>
        <translation>Elija primero el siguiente paso.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>PlanAndOutcomes</name>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The goal, in the participant&apos;s own words</source>
        <translation>La meta, en palabras del participante</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <source>Status of the selected goal</source>
        <translation>Estado de la meta seleccionada</translation>
    </message>
    <message>
        <source>Set status of the selected goal</source>
        <translation>Cambiar el estado de la meta seleccionada</translation>
    </message>
    <message>
        <source>Monthly outcome snapshot</source>
        <translation>Resumen mensual de resultados</translation>
    </message>
    <message>
        <source>Record snapshot</source>
        <translation>Registrar resumen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Income and benefits</source>
        <translation>Ingresos y beneficios</translation>
    </message>
    <message>
        <source>Goal added.</source>
        <translation>Meta agregada.</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Seleccione primero una meta.</translation>
    </message>
    <message>
        <source>Status saved.</source>
        <translation>Estado guardado.</translation>
    </message>
    <message>
        <source>Tick at least one kind of income or benefit (or &quot;None&quot;).</source>
        <translation>Marque al menos un tipo de ingreso o prestación (o &quot;Ninguno&quot;).</translation>
    </message>
    <message>
        <source>Snapshot recorded.</source>
        <translation>Resumen registrado.</translation>
    </message>
</context>
<context>
    <name>PrintQueuePage</name>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Appear</source>
        <translation>Comparecencia</translation>
    </message>
    <message>
        <source>Reason, or who served it</source>
        <translation>Motivo, o quién la entregó</translation>
    </message>
    <message>
        <source>Reason (reprint, withdrawal) or who served it</source>
        <translation>Motivo (reimpresión, retiro) o quién la entregó</translation>
    </message>
    <message>
        <source>Next status of the summons</source>
        <translation>Siguiente estado de la citación</translation>
    </message>
    <message>
        <source>How served</source>
        <translation>Cómo se entregó</translation>
    </message>
    <message>
        <source>&amp;Court and date…</source>
        <translation>&amp;Tribunal y fecha…</translation>
    </message>
    <message>
        <source>&amp;Print selected</source>
        <translation>&amp;Imprimir lo seleccionado</translation>
    </message>
    <message>
        <source>Print all &amp;drafted</source>
        <translation>Imprimir todos los &amp;borradores</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Registrar estado</translation>
    </message>
    <message>
        <source>&amp;Attachments…</source>
        <translation>&amp;Adjuntos…</translation>
    </message>
    <message>
        <source>Show served and withdrawn too (to attach their papers)</source>
        <translation>Mostrar también las entregadas y retiradas (para adjuntar sus documentos)</translation>
    </message>
    <message>
        <source>Summonses to print, file, issue or serve</source>
        <translation>Citaciones por imprimir, presentar, emitir o entregar</translation>
    </message>
    <message>
        <source>A reprint needs a reason.</source>
        <translation>Una reimpresión necesita un motivo.</translation>
    </message>
    <message>
        <source>Select a summons first.</source>
        <translation>Seleccione primero una citación.</translation>
    </message>
    <message>
        <source>Printed %s.</source>
        <translation>Impreso %s.</translation>
    </message>
    <message>
        <source>Summonses</source>
        <translation>Citaciones</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n summons(es).</source>
        <translation>
            <numerusform>Se imprimió %n citación.</numerusform>
            <numerusform>Se imprimieron %n citaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 on %3 at %4.</source>
        <translation>%1: %2 el %3 a las %4.</translation>
    </message>
    <message>
        <source>Check the date: %1</source>
        <translation>Revise la fecha: %1</translation>
    </message>
    <message>
        <source>Papers of summons %1</source>
        <translation>Documentos de la citación %1</translation>
    </message>
    <message>
        <source>Recorded: %s.</source>
        <translation>Registrado: %s.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>This must be printed on paper: the chosen printer would save it as a file, and a file copy of a recovery key can be copied without anyone knowing. Choose a real printer.</source>
        <translation>Esto debe imprimirse en papel: la impresora elegida lo guardaría como archivo, y una copia en archivo de una clave de recuperación puede copiarse sin que nadie lo sepa. Elija una impresora real.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{source} is not valid TOML: {reason}</source>
        <extracomment>What an arrest diversion may be for: &quot;drug&quot;, and &quot;prostitution&quot; where the program diverts it too (a prostitution arrest needs no drug quantity). A participant waits for treatment in its own state, &quot;awaiting treatment&quot;, with the provider and the waitlist&apos;s date (where providers keep long waitlists). Harm reduction: removal for violence or threats leads to no filing unless set. What the program&apos;s documents call the prosecutor&apos;s office, and the name a §2.35 consent gives it (Maryland &quot;State&apos;s Attorney&quot;, West Virginia &quot;Prosecuting Attorney&quot;). The program&apos;s time zone: deadlines and &quot;today&quot; are the program&apos;s local dates.</extracomment>
        <translation>{source} no es un TOML válido: {reason}</translation>
    </message>
    <message>
        <source>{source} cannot be used:
  - {problems}</source>
        <translation>No se puede usar {source}:
  - {problems}</translation>
    </message>
    <message>
        <source>No program profile {key} in this database.</source>
        <translation>No hay ningún perfil de programa {key} en esta base de datos.</translation>
    </message>
</context>
<context>
    <name>ProgramChangeForm</name>
    <message>
        <source>Change the rules (saved as a new version)</source>
        <extracomment>A new version was saved (its key).</extracomment>
        <translation>Cambiar las reglas (se guarda como una versión nueva)</translation>
    </message>
    <message>
        <source>One agency or area per line</source>
        <translation>Una agencia o zona por línea</translation>
    </message>
    <message>
        <source>A referral must come from one of these</source>
        <translation>Una remisión debe provenir de alguna de estas</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Why (kept in the history)</source>
        <translation>Por qué (queda en el historial)</translation>
    </message>
    <message>
        <source>Also move open cases of earlier versions to it, where the rules allow</source>
        <translation>Pasar también a ella los casos abiertos de versiones anteriores, cuando las reglas lo permitan</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <source>Catchment agencies and areas</source>
        <translation>Agencias y zonas del área de servicio</translation>
    </message>
    <message>
        <source>Intake deadline (days)</source>
        <translation>Plazo de admisión (días)</translation>
    </message>
    <message>
        <source>Participants at once</source>
        <translation>Participantes a la vez</translation>
    </message>
    <message>
        <source>Caseload target</source>
        <translation>Objetivo de carga de casos</translation>
    </message>
    <message>
        <source>Caseload maximum</source>
        <translation>Máximo de carga de casos</translation>
    </message>
    <message>
        <source>Missed appointments before review</source>
        <translation>Citas perdidas antes de la revisión</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>Nothing was changed: no new version.</source>
        <translation>No se cambió nada: no hay versión nueva.</translation>
    </message>
    <message>
        <source>Saved as version %1: new referrals follow it; cases already open keep their version.</source>
        <translation>Guardado como versión %1: las remisiones nuevas la siguen; los casos ya abiertos conservan su versión.</translation>
    </message>
    <message>
        <source>Saved as version %1. Open cases moved to it: %2; keeping their version: %3.</source>
        <translation>Guardado como versión %1. Casos abiertos pasados a ella: %2; que conservan su versión: %3.</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>A preset that comes with LEAD Desktop</source>
        <translation>Un ajuste predefinido incluido con LEAD Desktop</translation>
    </message>
    <message>
        <source>Set-up of the database</source>
        <translation>Configuración de la base de datos</translation>
    </message>
    <message>
        <source>Upgrade of the database</source>
        <translation>Actualización de la base de datos</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>new referrals</source>
        <translation>remisiones nuevas</translation>
    </message>
    <message>
        <source>Courts, agencies and the 24-hour number…</source>
        <translation>Tribunales, agencias y número de atención 24 horas…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No program profile chosen yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aún no se ha elegido un perfil de programa&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1, version %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1, versión %2&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>ProgramRules</name>
    <message>
        <source>arrest diversions</source>
        <translation>desvíos en el arresto</translation>
    </message>
    <message>
        <source>social contacts</source>
        <translation>contactos sociales</translation>
    </message>
    <message>
        <source>community referrals</source>
        <translation>remisiones comunitarias</translation>
    </message>
    <message>
        <source>The program accepts %1.</source>
        <translation>El programa acepta %1.</translation>
    </message>
    <message>
        <source>The prosecutor reviews the eligibility of every arrest diversion.</source>
        <translation>La fiscalía revisa la elegibilidad de cada desvío en el arresto.</translation>
    </message>
    <message>
        <source>The prosecutor reviews eligibility for: %1.</source>
        <translation>La fiscalía revisa la elegibilidad de: %1.</translation>
    </message>
    <message>
        <source>Arrests for prostitution are diverted too (no drug quantity needed).</source>
        <translation>Los arrestos por prostitución también se desvían (no se necesita una cantidad de droga).</translation>
    </message>
    <message>
        <source>A community referral needs the approval of the police or the project team.</source>
        <translation>Una remisión comunitaria necesita la aprobación de la policía o del equipo del proyecto.</translation>
    </message>
    <message>
        <source>Social contacts are accepted only while there is capacity.</source>
        <translation>Los contactos sociales solo se aceptan mientras haya cupo.</translation>
    </message>
    <message>
        <source>A referral must come from the catchment: %1.</source>
        <translation>Una remisión debe proceder del área de servicio: %1.</translation>
    </message>
    <message>
        <source>Areas listed on the referral form: %1.</source>
        <translation>Zonas que figuran en el formulario de remisión: %1.</translation>
    </message>
    <message>
        <source>A participant is at least %1 years old.</source>
        <translation>Un participante tiene al menos %1 años.</translation>
    </message>
    <message>
        <source>More than %1 g of a drug makes a referral ineligible.</source>
        <translation>Más de %1 g de una droga hace que una remisión no sea elegible.</translation>
    </message>
    <message>
        <source>More than %1 dosage units makes a referral ineligible.</source>
        <translation>Más de %1 dosis hacen que una remisión no sea elegible.</translation>
    </message>
    <message>
        <source>Any sign of dealing makes a referral ineligible.</source>
        <translation>Cualquier indicio de venta de drogas hace que una remisión no sea elegible.</translation>
    </message>
    <message>
        <source>Dealing beyond subsistence makes a referral ineligible.</source>
        <translation>La venta más allá de la subsistencia hace que una remisión no sea elegible.</translation>
    </message>
    <message>
        <source>exploiting minors</source>
        <translation>explotar a menores</translation>
    </message>
    <message>
        <source>promoting prostitution</source>
        <translation>promover la prostitución</translation>
    </message>
    <message>
        <source>a sex offense</source>
        <translation>un delito sexual</translation>
    </message>
    <message>
        <source>being on probation or parole</source>
        <translation>estar en libertad a prueba o condicional</translation>
    </message>
    <message>
        <source>an open treatment-court case</source>
        <translation>un caso abierto en un tribunal de tratamiento</translation>
    </message>
    <message>
        <source>being party to a protective order</source>
        <translation>ser parte en una orden de protección</translation>
    </message>
    <message>
        <source>Excluded: %1.</source>
        <translation>Motivos de exclusión: %1.</translation>
    </message>
    <message>
        <source>A violent conviction in the last %1 years excludes.</source>
        <translation>Una condena por violencia en los últimos %1 años es motivo de exclusión.</translation>
    </message>
    <message>
        <source>An assault conviction in the last %1 years excludes.</source>
        <translation>Una condena por agresión en los últimos %1 años es motivo de exclusión.</translation>
    </message>
    <message>
        <source>A lengthy record is left to the prosecutor&apos;s judgement.</source>
        <translation>Los antecedentes extensos quedan a criterio de la fiscalía.</translation>
    </message>
    <message>
        <source>Only activity within the last %1 months counts.</source>
        <translation>Solo cuenta la actividad de los últimos %1 meses.</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>la remisión</translation>
    </message>
    <message>
        <source>the prosecutor&apos;s approval</source>
        <translation>la aprobación de la fiscalía</translation>
    </message>
    <message>
        <source>Intake is due within %1 days of %2.</source>
        <translation>La admisión debe hacerse dentro de los %1 días siguientes a %2.</translation>
    </message>
    <message>
        <source>For someone in custody, the intake clock starts on release.</source>
        <translation>Para alguien bajo custodia, el plazo de admisión empieza a contar con la liberación.</translation>
    </message>
    <message>
        <source>Harm reduction: no sanctions after intake.</source>
        <translation>Reducción de daños: no hay sanciones después de la admisión.</translation>
    </message>
    <message>
        <source>a summons</source>
        <translation>una citación</translation>
    </message>
    <message>
        <source>disqualification</source>
        <translation>la descalificación</translation>
    </message>
    <message>
        <source>no sanction</source>
        <translation>ninguna sanción</translation>
    </message>
    <message>
        <source>Compliance model: not complying can lead to %1.</source>
        <translation>Modelo de cumplimiento: el incumplimiento puede llevar a %1.</translation>
    </message>
    <message>
        <source>After %1 unexcused missed appointments the case goes to the supervisor for a compliance review.</source>
        <translation>Tras %1 faltas injustificadas a citas, el caso pasa a un(a) supervisor(a) para una revisión de cumplimiento.</translation>
    </message>
    <message>
        <source>No contact for %1 days marks a participant as lost to contact.</source>
        <translation>Tras %1 días sin contacto, el participante queda marcado como contacto perdido.</translation>
    </message>
    <message>
        <source>The program is to be completed within %1 days.</source>
        <translation>El programa debe completarse en un plazo de %1 días.</translation>
    </message>
    <message>
        <source>Charges are filed after a removal for violence or threats.</source>
        <translation>Tras una expulsión por violencia o amenazas, se presentan cargos.</translation>
    </message>
    <message>
        <source>A closed case may reopen within %1 days.</source>
        <translation>Un caso cerrado puede reabrirse en un plazo de %1 días.</translation>
    </message>
    <message>
        <source>new participants wait on the waitlist</source>
        <translation>los nuevos participantes esperan en la lista de espera</translation>
    </message>
    <message>
        <source>new referrals are refused</source>
        <translation>se rechazan las nuevas remisiones</translation>
    </message>
    <message>
        <source>At most %1 participants at once; when full, %2.</source>
        <translation>Como máximo %1 participantes a la vez; cuando no hay cupo, %2.</translation>
    </message>
    <message>
        <source>No limit on the number of participants.</source>
        <translation>Sin límite en el número de participantes.</translation>
    </message>
    <message>
        <source>A case manager carries about %1 cases, never more than %2.</source>
        <translation>Un(a) administrador(a) de caso lleva unos %1 casos, nunca más de %2.</translation>
    </message>
    <message>
        <source>The prosecutor&apos;s review is due within %1 business days.</source>
        <translation>La revisión de la fiscalía debe hacerse en un plazo de %1 días hábiles.</translation>
    </message>
    <message>
        <source>A provider&apos;s reply is due within %1 business days.</source>
        <translation>La respuesta de un proveedor debe llegar en un plazo de %1 días hábiles.</translation>
    </message>
    <message>
        <source>A participant on a provider&apos;s treatment waitlist waits in &quot;awaiting treatment&quot;; the provider and the waitlist&apos;s date are kept, and admission to treatment makes the case active again.</source>
        <translation>Un participante en la lista de espera de tratamiento de un proveedor queda en &quot;esperando el tratamiento&quot;; se conservan el proveedor y la fecha de la lista de espera, y el ingreso a tratamiento vuelve a activar el caso.</translation>
    </message>
    <message>
        <source>A waitlist alert is raised after %1 days of waiting.</source>
        <translation>Se genera una alerta de lista de espera tras %1 días de espera.</translation>
    </message>
    <message>
        <source>the program&apos;s own summons</source>
        <translation>la citación propia del programa</translation>
    </message>
    <message>
        <source>the Massachusetts complaint packet</source>
        <translation>el paquete de denuncia de Massachusetts</translation>
    </message>
    <message>
        <source>the agency&apos;s own court form</source>
        <translation>el formulario judicial propio de la agencia</translation>
    </message>
    <message>
        <source>A summons prints as %1.</source>
        <translation>Las citaciones se imprimen como %1.</translation>
    </message>
    <message>
        <source>Forms and letters in: %1.</source>
        <translation>Formularios y cartas en: %1.</translation>
    </message>
    <message>
        <source>Dates and deadlines follow the time zone %1.</source>
        <translation>Las fechas y los plazos siguen la zona horaria %1.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>Intake and compliance</source>
        <translation>Admisión y cumplimiento</translation>
    </message>
    <message>
        <source>Capacity, caseloads and deadlines</source>
        <translation>Cupo, cargas de casos y plazos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsPage</name>
    <message>
        <source>Allow saving documents to disk (“Save as PDF”, printing to a file)</source>
        <translation>Permitir guardar documentos en disco (“Guardar como PDF”, imprimir a un archivo)</translation>
    </message>
    <message>
        <source>Saved files are not encrypted. When this is off, documents can only be printed on paper. Every save is recorded in the audit log as an export.</source>
        <translation>Los archivos guardados no están cifrados. Cuando esto está desactivado, los documentos solo se pueden imprimir en papel. Cada guardado queda anotado en el registro de auditoría como una exportación.</translation>
    </message>
    <message>
        <source>Save the limit</source>
        <translation>Guardar el límite</translation>
    </message>
    <message>
        <source>Largest attachment (scan, photo, PDF)</source>
        <translation>Adjunto más grande (escaneo, foto, PDF)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Save the retention</source>
        <translation>Guardar la retención</translation>
    </message>
    <message>
        <source>Keep a removed attachment&apos;s content</source>
        <translation>Conservar el contenido de un adjunto quitado</translation>
    </message>
    <message>
        <source>Automatic purging: on (a supervisor approved it on %1).</source>
        <translation>Depuración automática: activada (un(a) supervisor(a) la aprobó el %1).</translation>
    </message>
    <message>
        <source>Automatic purging: off. A supervisor approves it with lead-admin attachments-purge; nothing is deleted before that.</source>
        <translation>Depuración automática: desactivada. Un(a) supervisor(a) la aprueba con lead-admin attachments-purge; no se elimina nada antes de eso.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Saved: documents may be saved to disk.</source>
        <translation>Guardado: los documentos se pueden guardar en disco.</translation>
    </message>
    <message>
        <source>Saved: documents can only be printed on paper.</source>
        <translation>Guardado: los documentos solo se pueden imprimir en papel.</translation>
    </message>
    <message>
        <source>Saved: attachments up to %1 MB.</source>
        <translation>Guardado: adjuntos de hasta %1 MB.</translation>
    </message>
    <message>
        <source>Saved: a removed attachment&apos;s content is kept %1 days.</source>
        <translation>Guardado: el contenido de un adjunto quitado se conserva %1 días.</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Propose to the supervisor…</source>
        <translation>Proponer al supervisor(a)…</translation>
    </message>
    <message>
        <source>Approve proposal</source>
        <translation>Aprobar propuesta</translation>
    </message>
    <message>
        <source>Decline proposal</source>
        <translation>Rechazar propuesta</translation>
    </message>
    <message>
        <source>%1 proposes: %2 (%3)</source>
        <translation>%1 propone: %2 (%3)</translation>
    </message>
    <message>
        <source>Proposed: a supervisor decides.</source>
        <translation>Propuesto: un(a) supervisor(a) decide.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Aprobada.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Rechazada.</translation>
    </message>
</context>
<context>
    <name>ProviderFollowUp</name>
    <message>
        <source>Refer</source>
        <translation>Remitir</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>capacity not reported</source>
        <translation>cupo no informado</translation>
    </message>
    <message>
        <source>, %1 waiting</source>
        <translation>, %1 en espera</translation>
    </message>
    <message>
        <source>%1: %2 open%3 (as of %4)</source>
        <translation>%1: %2 plazas libres%3 (al %4)</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>override</source>
        <translation>excepción</translation>
    </message>
    <message>
        <source>on file</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>Next step of the referral</source>
        <translation>Siguiente paso de la remisión</translation>
    </message>
    <message>
        <source>How sent, contact or reason</source>
        <translation>Cómo se envió, contacto o motivo</translation>
    </message>
    <message>
        <source>How sent / contact / reason</source>
        <translation>Cómo se envió / contacto / motivo</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Registrar paso</translation>
    </message>
    <message>
        <source>Why declined or discharged</source>
        <translation>Por qué no se admitió o se dio de alta</translation>
    </message>
    <message>
        <source>Position on the provider&apos;s waitlist</source>
        <translation>Posición en la lista de espera del proveedor</translation>
    </message>
    <message>
        <source>Expected admission date</source>
        <translation>Fecha prevista de ingreso</translation>
    </message>
    <message>
        <source>&amp;Attachments…</source>
        <translation>&amp;Adjuntos…</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Fecha y hora de la cita</translation>
    </message>
    <message>
        <source>Schedule appointment</source>
        <translation>Programar cita</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Reason, if excused</source>
        <translation>Motivo, si es justificada</translation>
    </message>
    <message>
        <source>reason, if excused</source>
        <translation>motivo, si es justificada</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <source>Selected appointment:</source>
        <translation>Cita seleccionada:</translation>
    </message>
    <message>
        <source>Select an appointment first.</source>
        <translation>Seleccione primero una cita.</translation>
    </message>
    <message>
        <source>Attendance recorded: %1.</source>
        <translation>Asistencia registrada: %1.</translation>
    </message>
    <message>
        <source>Select a provider referral first.</source>
        <translation>Seleccione primero una remisión a proveedor.</translation>
    </message>
    <message>
        <source>Papers of the referral to %1</source>
        <translation>Documentos de la remisión a %1</translation>
    </message>
    <message>
        <source>Referral drafted: record how it was sent.</source>
        <translation>Remisión redactada: registre cómo se envió.</translation>
    </message>
    <message>
        <source>Recorded: %s.</source>
        <translation>Registrado: %s.</translation>
    </message>
    <message>
        <source>Appointment scheduled.</source>
        <translation>Cita programada.</translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation type="vanished">Asistencia registrada.</translation>
    </message>
</context>
<context>
    <name>ProviderReferrals</name>
    <message>
        <source>Choose a level of care.</source>
        <translation>Elija un nivel de atención.</translation>
    </message>
    <message>
        <source>A referral with the status {status} cannot move to {to}.</source>
        <translation>Una remisión con el estado {status} no puede pasar a {to}.</translation>
    </message>
    <message>
        <source>Record how the referral was sent.</source>
        <translation>Registre cómo se envió la remisión.</translation>
    </message>
    <message>
        <source>No consent valid today names {provider}. Record the participant&apos;s consent first, or ask a supervisor to override.</source>
        <translation>Ningún consentimiento vigente hoy nombra a {provider}. Registre primero el consentimiento del participante, o pida a un(a) supervisor(a) que autorice una excepción.</translation>
    </message>
    <message>
        <source>A discharge reason is one of {reasons}.</source>
        <translation>El motivo del alta debe ser uno de los siguientes: {reasons}.</translation>
    </message>
    <message>
        <source>A decline reason is one of {reasons}.</source>
        <translation>El motivo de no admisión debe ser uno de los siguientes: {reasons}.</translation>
    </message>
    <message>
        <source>An appointment is one of {kinds}.</source>
        <translation>Una cita debe ser de uno de estos tipos: {kinds}.</translation>
    </message>
    <message>
        <source>Attendance is recorded after the appointment time.</source>
        <translation>La asistencia se registra después de la hora de la cita.</translation>
    </message>
</context>
<context>
    <name>ProviderWarnings</name>
    <message>
        <source>{provider} has reported no capacity for {level}: call first.</source>
        <translation>{provider} informó que no tiene cupo para {level}: llame primero.</translation>
    </message>
    <message>
        <source>{provider} had no vacancies on {day}; {waiting} waiting: expect a waitlist.</source>
        <translation>{provider} no tenía plazas libres el {day}; {waiting} en espera: cuente con una lista de espera.</translation>
    </message>
    <message>
        <source>{provider} had no vacancies on {day}: expect a waitlist.</source>
        <translation>{provider} no tenía plazas libres el {day}: cuente con una lista de espera.</translation>
    </message>
    <message>
        <source>The vacancy count of {provider} is {age} days old ({day}): call to confirm.</source>
        <translation>El recuento de plazas libres de {provider} es de hace {age} días ({day}): llame para confirmarlo.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>A provider&apos;s type is one of: {types}.</source>
        <translation>El tipo de un proveedor es uno de estos: {types}.</translation>
    </message>
    <message>
        <source>The provider needs a name.</source>
        <translation>El proveedor necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown levels of care: {levels}.</source>
        <translation>Niveles de atención desconocidos: {levels}.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>Nivel de atención</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Plazas libres</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Total slots</source>
        <translation>Plazas en total</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Median days to admission</source>
        <translation>Mediana de días hasta el ingreso</translation>
    </message>
    <message>
        <source>Providers and their capacity</source>
        <translation>Proveedores y su capacidad</translation>
    </message>
    <message>
        <source>New capacity reading for the selected provider</source>
        <translation>Nueva lectura de capacidad del proveedor seleccionado</translation>
    </message>
    <message>
        <source>&amp;Record capacity</source>
        <translation>&amp;Registrar capacidad</translation>
    </message>
    <message>
        <source>Funded slots</source>
        <translation>Plazas financiadas</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Agregar un proveedor</translation>
    </message>
    <message>
        <source>Type of provider</source>
        <translation>Tipo de proveedor</translation>
    </message>
    <message>
        <source>Not set (covered only by a consent naming it)</source>
        <translation>Sin definir (cubierto solo por un consentimiento que lo nombre)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Insurance / payers</source>
        <translation>Seguro / pagadores</translation>
    </message>
    <message>
        <source>Capacity reading</source>
        <translation>Lectura de capacidad</translation>
    </message>
    <message>
        <source>Provider details</source>
        <translation>Datos del proveedor</translation>
    </message>
    <message>
        <source>e.g. MassHealth, Medicaid, self-pay</source>
        <translation>p. ej. MassHealth, Medicaid, pago propio</translation>
    </message>
    <message>
        <source>Levels of care offered</source>
        <translation>Niveles de atención que ofrece</translation>
    </message>
    <message>
        <source>A Part 2 program (substance-use treatment records)</source>
        <translation>Un programa de la Parte 2 (registros de tratamiento de uso de sustancias)</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>&amp;Agregar proveedor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Insurance / payers (comma between)</source>
        <translation>Seguro / pagadores (separados por comas)</translation>
    </message>
    <message>
        <source>Levels of care</source>
        <translation>Niveles de atención</translation>
    </message>
    <message>
        <source>Details of the selected provider</source>
        <translation>Datos del proveedor seleccionado</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <source>Added %s.</source>
        <translation>Se agregó %s.</translation>
    </message>
    <message>
        <source>Select a provider first.</source>
        <translation>Seleccione primero un proveedor.</translation>
    </message>
    <message>
        <source>Saved the details of %1.</source>
        <translation>Se guardaron los datos de %1.</translation>
    </message>
    <message>
        <source>Select a provider and a level of care first.</source>
        <translation>Seleccione primero un proveedor y un nivel de atención.</translation>
    </message>
    <message>
        <source>Capacity recorded for %s.</source>
        <translation>Capacidad registrada para %s.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>No such case.</source>
        <translation>No existe ese caso.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>No existe esa persona.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>No existe ese consentimiento.</translation>
    </message>
    <message>
        <source>No such summons.</source>
        <translation>No existe esa citación.</translation>
    </message>
    <message>
        <source>No such note.</source>
        <translation>No existe esa nota.</translation>
    </message>
    <message>
        <source>No such goal.</source>
        <translation>No existe ese objetivo.</translation>
    </message>
    <message>
        <source>No such provider.</source>
        <translation>No existe ese proveedor.</translation>
    </message>
    <message>
        <source>No such provider referral.</source>
        <translation>No existe esa remisión a proveedor.</translation>
    </message>
    <message>
        <source>No such appointment.</source>
        <translation>No existe esa cita.</translation>
    </message>
    <message>
        <source>No such court.</source>
        <translation>No existe ese tribunal.</translation>
    </message>
    <message>
        <source>No such agency.</source>
        <translation>No existe esa agencia.</translation>
    </message>
    <message>
        <source>Give a reason for voiding this record.</source>
        <translation>Indique un motivo para anular este registro.</translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation>Este registro ya está anulado.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Desbloquear con la clave de recuperación</translation>
    </message>
    <message>
        <source>This workstation has no key for this database yet.</source>
        <translation>Este equipo aún no tiene una clave para esta base de datos.</translation>
    </message>
    <message>
        <source>The key kept on this workstation is out of date: the database was re-keyed on another workstation.</source>
        <translation>La clave guardada en este equipo está desactualizada: se cambió la clave de la base de datos en otro equipo.</translation>
    </message>
    <message>
        <source>Type the current recovery key (from the newest recovery-key sheet) to unlock it here, or the one-time enrollment code your administrator shows you (Administration → Enroll a workstation).</source>
        <translation>Escriba la clave de recuperación actual (de la hoja de clave de recuperación más reciente) para desbloquearla aquí, o el código de inscripción de un solo uso que le muestre su administrador (Administración → Inscribir un equipo).</translation>
    </message>
    <message>
        <source>Recovery key or enrollment code</source>
        <translation>Clave de recuperación o código de inscripción</translation>
    </message>
    <message>
        <source>Type the recovery key or the enrollment code.</source>
        <translation>Escriba la clave de recuperación o el código de inscripción.</translation>
    </message>
    <message>
        <source>Type the current recovery key (from the newest recovery-key sheet) to unlock it here. Or ask your administrator to enroll this workstation.</source>
        <translation type="vanished">Escriba la clave de recuperación actual (de la hoja de clave de recuperación más reciente) para desbloquearla aquí. O pida a su administrador que registre este equipo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="vanished">Clave de recuperación</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Recovery key or code</source>
        <translation>Clave de recuperación o código</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="vanished">Escriba la clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>Whoever holds this key can open the database. Write it down or print it, have it witnessed, and keep it in a locked safe. It is needed when a workstation is replaced or its credential store changes. It is shown only now.</source>
        <translation>Quien tenga esta clave puede abrir la base de datos. Anótela o imprímala, hágalo ante un testigo y guárdela en una caja fuerte. Se necesita cuando se reemplaza un equipo o cambia su almacén de credenciales. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Type the key back to confirm you have it</source>
        <translation>Vuelva a escribir la clave para confirmar que la tiene</translation>
    </message>
    <message>
        <source>&amp;Print the recovery-key sheet…</source>
        <translation>&amp;Imprimir la hoja de la clave de recuperación…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Leave empty if not known yet</source>
        <extracomment>The version in force now (an administrator may add one while the app is open).</extracomment>
        <translation>Déjelo vacío si aún no se conoce</translation>
    </message>
    <message>
        <source>Leave empty if only a first name is known</source>
        <translation>Déjelo vacío si solo se conoce el nombre</translation>
    </message>
    <message>
        <source>Offense code</source>
        <translation>Código del delito</translation>
    </message>
    <message>
        <source>Offense description</source>
        <translation>Descripción del delito</translation>
    </message>
    <message>
        <source>dosage units</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>The person agreed to the program</source>
        <translation>La persona aceptó el programa</translation>
    </message>
    <message>
        <source>The arrest is for</source>
        <translation>El arresto es por</translation>
    </message>
    <message>
        <source>drugs</source>
        <translation>drogas</translation>
    </message>
    <message>
        <source>prostitution (no drugs)</source>
        <translation>prostitución (sin drogas)</translation>
    </message>
    <message>
        <source>name, organization</source>
        <translation>nombre, organización</translation>
    </message>
    <message>
        <source>Open their case</source>
        <translation>Abrir su caso</translation>
    </message>
    <message>
        <source>What do you need right now?</source>
        <translation>¿Qué necesita ahora mismo?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Persona&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referral&lt;/b&gt; (%s)</source>
        <translation>&lt;b&gt;Remisión&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Referred at</source>
        <translation>Remitido el</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>Número de incidente</translation>
    </message>
    <message>
        <source>Attach a photo of their &amp;ID…</source>
        <translation>Adjuntar una foto de su &amp;identificación…</translation>
    </message>
    <message>
        <source>Referral saved. Status: %1.</source>
        <translation>Remisión guardada. Estado: %1.</translation>
    </message>
    <message>
        <source>The person is flagged for completion (a name or the date of birth unknown).</source>
        <translation>La persona queda marcada para completar sus datos (se desconoce un nombre o la fecha de nacimiento).</translation>
    </message>
    <message>
        <source>Papers of the referral just saved</source>
        <translation>Documentos de la remisión recién guardada</translation>
    </message>
    <message>
        <source>Offence (code, description)</source>
        <translation type="vanished">Delito (código, descripción)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Offence code</source>
        <translation type="vanished">Código del delito</translation>
    </message>
    <message>
        <source>Offence description</source>
        <translation type="vanished">Descripción del delito</translation>
    </message>
    <message>
        <source>Unit of the quantity</source>
        <translation>Unidad de la cantidad</translation>
    </message>
    <message>
        <source>Offense (code, description)</source>
        <translation>Delito (código, descripción)</translation>
    </message>
    <message>
        <source>Where it happened (area)</source>
        <translation>Dónde ocurrió (zona)</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Por qué no</translation>
    </message>
    <message>
        <source>Needs now</source>
        <translation>Necesidades inmediatas</translation>
    </message>
    <message>
        <source>Second responder at the scene</source>
        <translation>Segundo interviniente en el lugar</translation>
    </message>
    <message>
        <source>Use the selected person</source>
        <translation>Usar la persona seleccionada</translation>
    </message>
    <message>
        <source>None of these: a new person</source>
        <translation>Ninguna de estas: una persona nueva</translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation>&amp;Guardar remisión</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>This person already has an open case (%1): the referral belongs on it, not in a second case.</source>
        <translation>Esta persona ya tiene un caso abierto (%1): la remisión va en ese caso, no en un segundo caso.</translation>
    </message>
    <message>
        <source>Referral saved. Status: %s.</source>
        <translation type="vanished">Remisión guardada. Estado: %s.</translation>
    </message>
    <message>
        <source>The person is flagged for completion (first name or date of birth unknown).</source>
        <translation type="vanished">La persona está marcada para completar (se desconoce el nombre o la fecha de nacimiento).</translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation>Seleccione primero a la persona.</translation>
    </message>
    <message>
        <source>%1  (born %2) — score %3: %4</source>
        <translation>%1  (nacido/a el %2) — puntuación %3: %4</translation>
    </message>
    <message>
        <source>This person may already be on file. Pick them, or confirm a new person.</source>
        <translation>Puede que esta persona ya esté registrada. Selecciónela o confirme una persona nueva.</translation>
    </message>
</context>
<context>
    <name>ReportPdfExport</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>The report as a PDF: every chart beside its table, then every figure.</source>
        <translation>El informe en PDF: cada gráfico junto a su tabla y luego cada cifra.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Generando el PDF…</translation>
    </message>
    <message>
        <source>Saved the report with its charts (%1 figures) to %2 (not encrypted).</source>
        <translation>Se guardó el informe con sus gráficos (%1 cifras) en %2 (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>prefirió no responder</translation>
    </message>
    <message>
        <source>two or more</source>
        <translation>dos o más</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>menores de 18</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 y más</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>race</source>
        <translation>raza</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>origen étnico</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>grupo de edad</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>vivienda</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>empleo</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>remisiones</translation>
    </message>
    <message>
        <source>offers declined</source>
        <translation>ofertas rechazadas</translation>
    </message>
    <message>
        <source>found eligible</source>
        <translation>declarados elegibles</translation>
    </message>
    <message>
        <source>found ineligible</source>
        <translation>declarados no elegibles</translation>
    </message>
    <message>
        <source>completions</source>
        <translation>finalizaciones</translation>
    </message>
    <message>
        <source>disqualifications and removals</source>
        <translation>descalificaciones y expulsiones</translation>
    </message>
    <message>
        <source>referrals for charges</source>
        <translation>remisiones para presentar cargos</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>18 months</source>
        <translation>18 meses</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 años</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>X (another sex)</source>
        <translation>X (otro sexo)</translation>
    </message>
    <message>
        <source>Referrals: %1</source>
        <translation>Remisiones: %1</translation>
    </message>
    <message>
        <source>Referrals from the area %1</source>
        <translation>Remisiones del área %1</translation>
    </message>
    <message>
        <source>Referrals from %1</source>
        <translation>Remisiones de %1</translation>
    </message>
    <message>
        <source>Referrals by %1</source>
        <translation>Remisiones según %1</translation>
    </message>
    <message>
        <source>Exits: %1</source>
        <translation>Salidas: %1</translation>
    </message>
    <message>
        <source>Summonses decided in the period, now %1</source>
        <translation>Citaciones decididas en el período, ahora %1</translation>
    </message>
    <message>
        <source>Hand-offs over %1 minutes</source>
        <translation>Traspasos de más de %1 minutos</translation>
    </message>
    <message>
        <source>Ineligible because: %1</source>
        <translation>Motivo de no elegibilidad: %1</translation>
    </message>
    <message>
        <source>Appointments %1</source>
        <translation>Citas %1</translation>
    </message>
    <message>
        <source>Caseload of %1 (target %2, maximum %3)</source>
        <translation>Carga de casos de %1 (objetivo %2, máximo %3)</translation>
    </message>
    <message>
        <source>Contacts in the period per case, %1</source>
        <translation>Contactos en el período por caso, %1</translation>
    </message>
    <message>
        <source>Cases without contact for %1 days or more, %2</source>
        <translation>Casos sin contacto durante %1 días o más, %2</translation>
    </message>
    <message>
        <source>Month %1 after entry: snapshots recorded</source>
        <translation>Mes %1 después del ingreso: resúmenes registrados</translation>
    </message>
    <message>
        <source>Month %1 after entry: housing %2, %</source>
        <translation>Mes %1 después del ingreso: vivienda %2, %</translation>
    </message>
    <message>
        <source>Month %1 after entry: employment %2, %</source>
        <translation>Mes %1 después del ingreso: empleo %2, %</translation>
    </message>
    <message>
        <source>Month %1 after entry: legitimate income or benefits, %</source>
        <translation>Mes %1 después del ingreso: ingresos legítimos o beneficios, %</translation>
    </message>
    <message>
        <source>Month %1 after entry: contacts</source>
        <translation>Mes %1 después del ingreso: contactos</translation>
    </message>
    <message>
        <source>Month %1 after entry: minutes of contact</source>
        <translation>Mes %1 después del ingreso: minutos de contacto</translation>
    </message>
    <message>
        <source>%1: people followed that long after entry</source>
        <translation>%1: personas con seguimiento durante ese tiempo después del ingreso</translation>
    </message>
    <message>
        <source>%1 %2 entry: %3</source>
        <translation>%1 %2 del ingreso: %3</translation>
    </message>
    <message>
        <source>Vacancies at %1, %2, as of %3, %4 waiting, stale (%5 days old)</source>
        <translation>Vacantes en %1, %2, al %3, %4 en espera, desactualizado (de hace %5 días)</translation>
    </message>
    <message>
        <source>Vacancies at %1, %2, as of %3, stale (%4 days old)</source>
        <translation>Vacantes en %1, %2, al %3, desactualizado (de hace %4 días)</translation>
    </message>
    <message>
        <source>Vacancies at %1, %2, as of %3, %4 waiting</source>
        <translation>Vacantes en %1, %2, al %3, %4 en espera</translation>
    </message>
    <message>
        <source>Vacancies at %1, %2, as of %3</source>
        <translation>Vacantes en %1, %2, al %3</translation>
    </message>
    <message>
        <source>Days from referral sent to admission, median, %1</source>
        <translation>Días desde el envío de la remisión hasta el ingreso, mediana, %1</translation>
    </message>
    <message>
        <source>Declined because: %1</source>
        <translation>Motivo del rechazo: %1</translation>
    </message>
    <message>
        <source>On the waitlist of %1 now</source>
        <translation>En la lista de espera de %1 ahora</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 según %2: %3</translation>
    </message>
    <message>
        <source>Referrals in the period</source>
        <translation>Remisiones en el período</translation>
    </message>
    <message>
        <source>Referrals in the catchment area, % of those with a known area</source>
        <translation>Remisiones en el área de servicio, % de las que tienen un área conocida</translation>
    </message>
    <message>
        <source>Offers declined</source>
        <translation>Ofertas rechazadas</translation>
    </message>
    <message>
        <source>Active at the end of the period (active, lost contact, compliance review)</source>
        <translation>Activos al final del período (activo, contacto perdido, revisión de cumplimiento)</translation>
    </message>
    <message>
        <source>Median days since entry of those active</source>
        <translation>Mediana de días desde el ingreso de los activos</translation>
    </message>
    <message>
        <source>Hand-off time, median minutes</source>
        <translation>Tiempo de traspaso, mediana en minutos</translation>
    </message>
    <message>
        <source>Hand-off time, 90th percentile minutes (nearest rank)</source>
        <translation>Tiempo de traspaso, percentil 90 en minutos (rango más cercano)</translation>
    </message>
    <message>
        <source>Eligibility review time (review to decision), median hours</source>
        <translation>Tiempo de revisión de elegibilidad (de la revisión a la decisión), mediana en horas</translation>
    </message>
    <message>
        <source>Eligibility decisions in the period</source>
        <translation>Decisiones de elegibilidad en el período</translation>
    </message>
    <message>
        <source>Found eligible</source>
        <translation>Declarados elegibles</translation>
    </message>
    <message>
        <source>Found ineligible</source>
        <translation>Declarados no elegibles</translation>
    </message>
    <message>
        <source>Eligibility rate, % of decisions</source>
        <translation>Tasa de elegibilidad, % de las decisiones</translation>
    </message>
    <message>
        <source>Days from referral to entry, median</source>
        <translation>Días desde la remisión hasta el ingreso, mediana</translation>
    </message>
    <message>
        <source>Intakes completed (entered) in the period</source>
        <translation>Admisiones completadas (ingresos) en el período</translation>
    </message>
    <message>
        <source>Intakes within the deadline</source>
        <translation>Admisiones dentro del plazo</translation>
    </message>
    <message>
        <source>Intakes within the deadline, %</source>
        <translation>Admisiones dentro del plazo, %</translation>
    </message>
    <message>
        <source>Entered the program in the period</source>
        <translation>Ingresaron al programa en el período</translation>
    </message>
    <message>
        <source>Days from referral sent to admission, median (admitted in the period)</source>
        <translation>Días desde el envío de la remisión hasta el ingreso, mediana (ingresados en el período)</translation>
    </message>
    <message>
        <source>Referrals declined by the provider in the period</source>
        <translation>Remisiones rechazadas por el proveedor en el período</translation>
    </message>
    <message>
        <source>On a provider&apos;s waitlist now</source>
        <translation>En la lista de espera de un proveedor ahora</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{folder} already exists; nothing was overwritten. Choose a new folder name.</source>
        <translation>{folder} ya existe; no se sobrescribió nada. Elija otro nombre de carpeta.</translation>
    </message>
    <message>
        <source>The extract could not be saved in {folder}: {why}. Choose another folder.</source>
        <translation>No se pudo guardar el extracto en {folder}: {why}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>El final del período es anterior a su inicio.</translation>
    </message>
    <message>
        <source>The report needs a title.</source>
        <translation>El informe necesita un título.</translation>
    </message>
    <message>
        <source>Choose one or more measures of the list.</source>
        <translation>Elija una o más medidas de la lista.</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>Se canceló el informe.</translation>
    </message>
    <message>
        <source>No such report: {kind}.</source>
        <translation>No existe ese informe: {kind}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>within target</source>
        <translation>dentro del objetivo</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>por encima del objetivo</translation>
    </message>
    <message>
        <source>over maximum</source>
        <translation>por encima del máximo</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Justice events</source>
        <translation>Eventos judiciales</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Disparity</source>
        <translation>Disparidad</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Caseload level</source>
        <translation>Nivel de carga de casos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Operations and caseload</source>
        <translation>Operaciones y carga de casos</translation>
    </message>
    <message>
        <source>Evaluation (people who entered in the period)</source>
        <translation>Evaluación (personas que ingresaron en el período)</translation>
    </message>
    <message>
        <source>Providers: capacity and waits</source>
        <translation>Proveedores: capacidad y esperas</translation>
    </message>
    <message>
        <source>Disparity: by race, ethnicity, sex and age band</source>
        <translation>Disparidad: por raza, etnia, sexo y grupo de edad</translation>
    </message>
    <message>
        <source>Evaluation: the monthly snapshots and contacts of the people who entered in the period, month by month up to 18 months, and their justice events in the 6 months, 18 months and 2 years before and after entry (counted once that long has passed).</source>
        <translation>Evaluación: los resúmenes mensuales y los contactos de las personas que ingresaron en el período, mes a mes hasta 18 meses, y sus eventos judiciales en los 6 meses, 18 meses y 2 años antes y después del ingreso (se cuentan una vez transcurrido ese tiempo).</translation>
    </message>
    <message>
        <source>Every case manager</source>
        <translation>Todos los administradores de casos</translation>
    </message>
    <message>
        <source>Every referral type</source>
        <translation type="vanished">Todos los tipos de remisión</translation>
    </message>
    <message>
        <source>Arrest diversion</source>
        <translation type="vanished">Desvío en el arresto</translation>
    </message>
    <message>
        <source>Social contact</source>
        <translation type="vanished">Contacto social</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="vanished">Comunitaria</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="vanished">&amp;Mostrar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="vanished">Cance&amp;lar</translation>
    </message>
    <message>
        <source>&amp;Grant report PDF…</source>
        <translation>&amp;Informe de subvención en PDF…</translation>
    </message>
    <message>
        <source>The program&apos;s grant report for the dates above (the measures of the program&apos;s template), as a PDF with its chart.</source>
        <translation>El informe de subvención del programa para las fechas de arriba (las medidas de la plantilla del programa), en PDF con su gráfico.</translation>
    </message>
    <message>
        <source>Grant &amp;template…</source>
        <translation>&amp;Plantilla de subvención…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>The cases behind the chosen figure; double-click one to open the person.</source>
        <translation>Los casos detrás de la cifra elegida; haga doble clic en uno para abrir a la persona.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>The chosen figure beside the others of its breakdown; the numbers are in the table.</source>
        <translation>La cifra elegida junto a las demás de su desglose; los números están en la tabla.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="vanished">Calculando…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="vanished">Cancelando…</translation>
    </message>
    <message>
        <source>Computing… (%1 of %2)</source>
        <translation type="vanished">Calculando… (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 figures, %2 to %3.</source>
        <translation>%1 cifras, del %2 al %3.</translation>
    </message>
    <message>
        <source>Program totals: no cases listed.</source>
        <translation>Totales del programa: no se listan casos.</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>Se canceló el informe.</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>No se pudo calcular el informe.</translation>
    </message>
    <message>
        <source>The cases could not be listed.</source>
        <translation>No se pudieron listar los casos.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>No hay casos.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2 (not encrypted).</source>
        <translation>Se guardaron %1 filas en %2 (sin cifrar).</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the grant report as PDF</source>
        <translation>Guardar el informe de subvención como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the grant report…</source>
        <translation>Generando el informe de subvención…</translation>
    </message>
    <message>
        <source>The grant report template is saved.</source>
        <translation>Se guardó la plantilla del informe de subvención.</translation>
    </message>
    <message>
        <source>Saved the grant report (%1 measures) to %2 (not encrypted).</source>
        <translation>Se guardó el informe de subvención (%1 medidas) en %2 (sin cifrar).</translation>
    </message>
    <message>
        <source>Export the report as XLSX</source>
        <translation>Exportar el informe como XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the consent</source>
        <extracomment>How a revocation reaches the program: always in writing (stored as these words).</extracomment>
        <translation>Revocar el consentimiento</translation>
    </message>
    <message>
        <source>In writing: the signed revocation form</source>
        <translation>Por escrito: el formulario de revocación firmado</translation>
    </message>
    <message>
        <source>In writing: a letter or note signed by the participant</source>
        <translation>Por escrito: una carta o nota firmada por el participante</translation>
    </message>
    <message>
        <source>no scan attached (optional)</source>
        <translation>sin escaneo adjunto (opcional)</translation>
    </message>
    <message>
        <source>&amp;Attach the signed form…</source>
        <translation>&amp;Adjuntar el formulario firmado…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Signed form (scan)</source>
        <translation>Formulario firmado (escaneo)</translation>
    </message>
    <message>
        <source>A consent is revoked in writing. An oral request: help the participant sign the revocation form (Documents tab). Disclosures already made in reliance on the consent stand.</source>
        <translation>Un consentimiento se revoca por escrito. Si la solicitud es oral, ayude al participante a firmar el formulario de revocación (pestaña Documentos). Las divulgaciones ya hechas al amparo del consentimiento siguen siendo válidas.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>The signed revocation (scan or PDF)</source>
        <translation>La revocación firmada (escaneo o PDF)</translation>
    </message>
    <message>
        <source>Signed revocation (scan)</source>
        <translation>Revocación firmada (escaneo)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador(a) de caso</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Prosecutor reviewer</source>
        <translation>Revisor(a) de la fiscalía</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Secretario(a)</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluador(a)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador(a)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor(a)</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Bring a roster and its history in from an XLSX or CSV file: choose the columns, make a dry run, then import every row or none.</source>
        <translation>Traer una lista de casos y su historial desde un archivo XLSX o CSV: elija las columnas, haga una simulación y luego importe todas las filas o ninguna.</translation>
    </message>
    <message>
        <source>Export &amp;roster…</source>
        <translation>Exportar la &amp;lista de casos…</translation>
    </message>
    <message>
        <source>Every case with its person as XLSX or CSV, in the columns the import reads.</source>
        <translation>Cada caso con su persona en XLSX o CSV, en las columnas que lee la importación.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Exportar la lista de casos</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Se importó %1 desde %2.</translation>
    </message>
    <message>
        <source>Saved the roster (%1 cases) to %2 (not encrypted).</source>
        <translation>Se guardó la lista de casos (%1 casos) en %2 (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>RunRow</name>
    <message>
        <source>Every referral type</source>
        <translation>Todos los tipos de remisión</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Computing… (%1 of %2)</source>
        <translation>Calculando… (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>{path} already exists; nothing was overwritten. Choose another name.</source>
        <translation>{path} ya existe; no se sobrescribió nada. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The file could not be saved at {path}: {why}. Nothing was kept; choose another folder.</source>
        <translation>No se pudo guardar el archivo en {path}: {why}. No se conservó nada; elija otra carpeta.</translation>
    </message>
    <message>
        <source>The file could not be saved at {path}: {why}. Nothing was written; choose another folder.</source>
        <translation>No se pudo guardar el archivo en {path}: {why}. No se escribió nada; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saving files to disk is turned off for this program; ask an administrator.</source>
        <extracomment>How a file was made: &quot;Save as PDF&quot;, or a printer that writes a file (Print to PDF, XPS).</extracomment>
        <translation>Guardar archivos en el disco está desactivado para este programa; consulte a un(a) administrador(a).</translation>
    </message>
    <message>
        <source>Saving documents to disk is turned off for this program: print on paper instead, or ask an administrator.</source>
        <translation>Guardar documentos en el disco está desactivado para este programa: imprímalos en papel, o consulte a un(a) administrador(a).</translation>
    </message>
    <message>
        <source>Unknown kind of export: {how}.</source>
        <translation>Tipo de exportación desconocido: {how}.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Trabajo pendiente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Suspected duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Evaluation extract</source>
        <translation>Extracto para la evaluación</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <source>Courts and agencies</source>
        <translation>Tribunales y agencias</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Listas de códigos</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program profile</source>
        <translation type="vanished">Perfil del programa</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>This workstation has no password for {server} (credential store {store}).</source>
        <extracomment>The advisory lock every write transaction takes first (&quot;LEAD&quot; in ASCII). A pooled connection idle longer than this is pinged before use (see _ping_after_idle). Audit entries of reads the user waits on, written by the next write (or settle/close). While a thread holds it, that thread&apos;s writes and reads join one transaction.</extracomment>
        <translation>Este equipo no tiene contraseña para {server} (almacén de credenciales {store}).</translation>
    </message>
    <message>
        <source>{server} has schema {current}, newer than this program knows.</source>
        <translation>{server} tiene el esquema {current}, más reciente que los que conoce este programa.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>{server} could not be reached: {reason}</source>
        <translation>No se pudo conectar con {server}: {reason}</translation>
    </message>
    <message>
        <source>{server} already holds tables; it was left as it was.</source>
        <translation>{server} ya contiene tablas; se dejó como estaba.</translation>
    </message>
    <message>
        <source>{server} is not a LEAD database.</source>
        <translation>{server} no es una base de datos de LEAD.</translation>
    </message>
    <message>
        <source>{server} has schema {current}; this program needs {head}. Nothing was changed.</source>
        <translation>{server} tiene el esquema {current}; este programa necesita {head}. No se cambió nada.</translation>
    </message>
    <message>
        <source>No administrator recorded that {server} is used without TLS.</source>
        <translation>Ningún(a) administrador(a) registró que {server} se use sin TLS.</translation>
    </message>
    <message>
        <source>The upgrade of {server} from {current} failed and was rolled back: the schema is still {current} ({reason}).</source>
        <translation>La actualización de {server} desde {current} falló y se deshizo: el esquema sigue siendo {current} ({reason}).</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: {text} (expected postgresql://role@host:port/database).</source>
        <translation>No es una dirección de PostgreSQL: {text} (se esperaba postgresql://role@host:port/database).</translation>
    </message>
    <message>
        <source>The server address could not be read ({reason}).</source>
        <translation>No se pudo leer la dirección del servidor ({reason}).</translation>
    </message>
    <message>
        <source>The server address needs a role and a database: postgresql://role@host:port/database.</source>
        <translation>La dirección del servidor necesita un rol y una base de datos: postgresql://role@host:port/database.</translation>
    </message>
    <message>
        <source>{server} is not on this workstation: it is reached only over verified TLS (sslmode=verify-full).</source>
        <translation>{server} no está en este equipo: solo se accede a él mediante TLS verificado (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>The database name {name} is not usable: lower-case letters, digits and _ only, starting with a letter (at most 63).</source>
        <extracomment>Tables the application role reads but never writes (the schema&apos;s version).</extracomment>
        <translation>El nombre de base de datos {name} no se puede usar: solo letras minúsculas, dígitos y _, empezando por una letra (63 como máximo).</translation>
    </message>
    <message>
        <source>The role name {name} is not usable: lower-case letters, digits and _ only, starting with a letter (at most 63).</source>
        <translation>El nombre de rol {name} no se puede usar: solo letras minúsculas, dígitos y _, empezando por una letra (63 como máximo).</translation>
    </message>
    <message>
        <source>{what} has schema {current}; this program copies only schema {head}.</source>
        <translation>{what} tiene el esquema {current}; este programa solo copia el esquema {head}.</translation>
    </message>
    <message>
        <source>The copy does not match its source; nothing was kept: {problems}</source>
        <translation>La copia no coincide con su origen; no se conservó nada: {problems}</translation>
    </message>
    <message>
        <source>The copy&apos;s audit log does not verify: {problem}</source>
        <translation>El registro de auditoría de la copia no pasa la verificación: {problem}</translation>
    </message>
    <message>
        <source>The copy&apos;s audit log does not hold every entry of the source&apos;s.</source>
        <translation>El registro de auditoría de la copia no contiene todas las entradas del registro del origen.</translation>
    </message>
    <message>
        <source>{server} already holds tables; it was left as it was (migrate-to needs an empty database).</source>
        <translation>{server} ya contiene tablas; se dejó como estaba (migrate-to necesita una base de datos vacía).</translation>
    </message>
    <message>
        <source>{path} already exists; it was left as it was.</source>
        <translation>{path} ya existe; se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>ServerCarePanel</name>
    <message>
        <source>This database is on your department&apos;s PostgreSQL server. Its backups are made by the database administrator (pg_dump, point-in-time recovery): the app makes none. Ask IT when the last backup was restored as a test.</source>
        <translation>Esta base de datos está en el servidor PostgreSQL de su departamento. Sus copias de seguridad las hace el administrador de bases de datos (pg_dump, recuperación a un punto en el tiempo): la aplicación no hace ninguna. Pregunte a informática cuándo se restauró por última vez una copia de seguridad como prueba.</translation>
    </message>
    <message>
        <source>&amp;Check the server again</source>
        <translation>&amp;Volver a revisar el servidor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>The app&apos;s rights</source>
        <translation>Los permisos de la aplicación</translation>
    </message>
    <message>
        <source>Audit log protection</source>
        <translation>Protección del registro de auditoría</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Cadena de auditoría</translation>
    </message>
    <message>
        <source>Records against their seals</source>
        <translation>Registros frente a sus sellos</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Última señal</translation>
    </message>
    <message>
        <source>Connected since (UTC)</source>
        <translation type="vanished">Conectado desde (UTC)</translation>
    </message>
    <message>
        <source>Last heard (UTC)</source>
        <translation type="vanished">Última señal (UTC)</translation>
    </message>
    <message>
        <source>Backups and the server</source>
        <translation>Copias de seguridad y el servidor</translation>
    </message>
    <message>
        <source>Workstations with the database open (a schema upgrade needs everyone else out)</source>
        <translation>Equipos con la base de datos abierta (una actualización del esquema requiere que todos los demás hayan salido)</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Revisando el servidor…</translation>
    </message>
    <message>
        <source>%1 of %2 checks found a problem: tell your IT department what the table says.</source>
        <translation>%1 de %2 verificaciones encontraron un problema: comunique a su departamento de informática lo que dice la tabla.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Se superaron todas las verificaciones.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Our department&apos;s database server</source>
        <translation>El servidor de base de datos de nuestro departamento</translation>
    </message>
    <message>
        <source>Your IT department gives you these. The password is kept in this computer&apos;s credential store, never in a file. The connection is encrypted and the server&apos;s certificate checked.</source>
        <translation>Su departamento de informática le da estos datos. La contraseña se guarda en el almacén de credenciales de este equipo, nunca en un archivo. La conexión está cifrada y se verifica el certificado del servidor.</translation>
    </message>
    <message>
        <source>db.county.example.org</source>
        <translation>db.county.example.org</translation>
    </message>
    <message>
        <source>The department&apos;s CA certificate (.pem)</source>
        <translation>El certificado de la CA del departamento (.pem)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The server runs on this computer without TLS (only if an administrator recorded it)</source>
        <translation>El servidor se ejecuta en este equipo sin TLS (solo si un administrador lo registró)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Welcome, %s</source>
        <translation>Bienvenido/a, %s</translation>
    </message>
    <message>
        <source>Role: %1
Database: %2 (fingerprint %3)
File: %4
LEAD Desktop %5</source>
        <translation>Rol: %1
Base de datos: %2 (huella %3)
Archivo: %4
LEAD Desktop %5</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>{path} already exists. Choose “Open an existing database”, or another file name.</source>
        <translation>{path} ya existe. Elija “Abrir una base de datos existente”, u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Give the database a name (for example the program&apos;s name).</source>
        <translation>Asigne un nombre a la base de datos (por ejemplo, el nombre del programa).</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Escriba el nombre completo del administrador.</translation>
    </message>
    <message>
        <source>The program profile {profile} is not in this database.</source>
        <translation>El perfil de programa {profile} no está en esta base de datos.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database. If the database was re-keyed, use the newest recovery-key sheet.</source>
        <translation>Esta clave de recuperación no abre esta base de datos. Si se cambió la clave de la base de datos, use la hoja de clave de recuperación más reciente.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, the database and the user name your IT department gave you.</source>
        <extracomment>only for a server on this computer, and only if an administrator recorded it</extracomment>
        <translation>Escriba la dirección del servidor, la base de datos y el nombre de usuario que le dio su departamento de informática.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>El puerto es un número del 1 al 65535 (normalmente 5432).</translation>
    </message>
    <message>
        <source>Enter the password of the database user.</source>
        <translation>Escriba la contraseña del usuario de la base de datos.</translation>
    </message>
    <message>
        <source>The certificate file {path} was not found.</source>
        <translation>No se encontró el archivo de certificado {path}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Archivo de base de datos nuevo</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Set up LEAD Desktop</source>
        <translation>Configurar LEAD Desktop</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>This system holds criminal-justice information and confidential substance-use treatment records (42 CFR Part 2). Use is monitored and recorded. Unauthorized use or disclosure is prohibited and may be punished under state and federal law.</source>
        <translation>Este sistema contiene información de justicia penal y registros confidenciales de tratamiento por consumo de sustancias (42 CFR Parte 2). Su uso se supervisa y se registra. El uso o la divulgación no autorizados están prohibidos y pueden sancionarse conforme a las leyes estatales y federales.</translation>
    </message>
    <message>
        <source>Sign in to LEAD Desktop</source>
        <extracomment>Once, when the window has been painted for the first time: the start opens the database after it (ui/early_sign_in.py), so that work never delays the first paint. Kept only until a temporary password has been replaced, then cleared.</extracomment>
        <translation>Iniciar sesión en LEAD Desktop</translation>
    </message>
    <message>
        <source>I understand and agree</source>
        <translation>Entiendo y acepto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign on screen</source>
        <translation>Firmar en pantalla</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador(a) de caso</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>printed name</source>
        <translation>nombre en letra de molde</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>A witness signs too</source>
        <translation>También firma un testigo</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Sign with the pen, a finger or the mouse. The signature is placed on the form, which states that it was signed electronically, when and on this workstation.</source>
        <translation>Firme con el lápiz, un dedo o el mouse. La firma se coloca en el formulario, que indica que se firmó electrónicamente, cuándo y en este equipo.</translation>
    </message>
    <message>
        <source>Each signer signs on the pad and prints their name.</source>
        <translation>Cada firmante firma en el panel y escribe su nombre en letra de molde.</translation>
    </message>
</context>
<context>
    <name>SignedCopyBox</name>
    <message>
        <source>View the &amp;signed copy…</source>
        <translation>Ver la copia &amp;firmada…</translation>
    </message>
    <message>
        <source>No signed copy on file (a consent becomes active only once its signed copy is attached).</source>
        <translation>No hay copia firmada en el expediente (un consentimiento solo se activa una vez que se adjunta su copia firmada).</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>firmada en pantalla</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>escaneada</translation>
    </message>
    <message>
        <source>Signed copy: %1 (%2, added %3; SHA-256 %4…)</source>
        <translation>Copia firmada: %1 (%2, agregada el %3; SHA-256 %4…)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to LEAD Desktop</source>
        <extracomment>PostgreSQL mode: how this workstation reaches the server (kept in the settings)</extracomment>
        <translation>Bienvenido/a a LEAD Desktop</translation>
    </message>
    <message>
        <source>Create a new database for our program</source>
        <translation>Crear una base de datos nueva para nuestro programa</translation>
    </message>
    <message>
        <source>Open an existing database (on this computer or in a network folder)</source>
        <translation>Abrir una base de datos existente (en este equipo o en una carpeta de red)</translation>
    </message>
    <message>
        <source>Connect to our department&apos;s database server (PostgreSQL)</source>
        <translation>Conectarse al servidor de base de datos de nuestro departamento (PostgreSQL)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Exit type</source>
        <translation>Tipo de salida</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>Personal involucrado</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Código de motivo</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nueva fecha límite</translation>
    </message>
    <message>
        <source>only if others have waited longer</source>
        <translation>solo si otros han esperado más tiempo</translation>
    </message>
    <message>
        <source>Why out of turn</source>
        <translation>Por qué fuera de turno</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Summons</name>
    <message>
        <source>A summons with the status {status} keeps its court and date; withdraw it and draft another to change them.</source>
        <translation>Una citación con el estado {status} conserva su tribunal y su fecha; para cambiarlos, retírela y redacte otra.</translation>
    </message>
    <message>
        <source>A summons with the status {status} cannot move to {to}.</source>
        <translation>Una citación con el estado {status} no puede pasar a {to}.</translation>
    </message>
    <message>
        <source>Give the reason for the reprint.</source>
        <translation>Indique el motivo de la reimpresión.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the summons.</source>
        <translation>Indique el motivo para retirar la citación.</translation>
    </message>
    <message>
        <source>Record who served it and how.</source>
        <translation>Registre quién la entregó y cómo.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>A template can replace one of: {kinds}.</source>
        <translation>Una plantilla puede reemplazar uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>{template} is already registered; give the new one a higher version in its field map.</source>
        <translation>{template} ya está registrada; asigne a la nueva una versión más alta en su mapa de campos.</translation>
    </message>
</context>
<context>
    <name>TileList</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>No hay nada aquí.</translation>
    </message>
</context>
<context>
    <name>TranslationFlag</name>
    <message>
        <source>Typed freely, so printed in English on the Spanish form and marked for translation: %s. Choose a wording in both languages where one fits.</source>
        <translation>Escrito libremente, así que se imprime en inglés en el formulario en español y se marca para traducir: %s. Elija una redacción en ambos idiomas cuando haya una adecuada.</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Undo a merge</source>
        <translation>Deshacer una fusión</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Fusionado en él</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why the merge was wrong (required)</source>
        <translation>Por qué la fusión fue un error (obligatorio)</translation>
    </message>
    <message>
        <source>Reason for undoing the merge</source>
        <translation>Motivo para deshacer la fusión</translation>
    </message>
    <message>
        <source>Undo the selected merge</source>
        <translation>Deshacer la fusión seleccionada</translation>
    </message>
    <message>
        <source>Select a merge first.</source>
        <translation>Seleccione primero una fusión.</translation>
    </message>
    <message>
        <source>Undone: %1 and %2 are two records again.</source>
        <translation>Deshecha: %1 y %2 vuelven a ser dos registros.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Close and discard it?</source>
        <translation>Lo que escribió aquí no se ha guardado. ¿Cerrar y descartarlo?</translation>
    </message>
</context>
<context>
    <name>WaitNotice</name>
    <message>
        <source>Waiting for another workstation…</source>
        <translation>Esperando a otro equipo…</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>referred {n} h ago</source>
        <translation>remitido hace {n} h</translation>
    </message>
    <message>
        <source>referred {n} days ago</source>
        <translation>remitido hace {n} días</translation>
    </message>
    <message>
        <source>referred {n} h ago; no hand-off yet</source>
        <translation>remitido hace {n} h; aún sin traspaso</translation>
    </message>
    <message>
        <source>referred {n} days ago; no hand-off yet</source>
        <translation>remitido hace {n} días; aún sin traspaso</translation>
    </message>
    <message>
        <source>intake overdue by {n} days</source>
        <translation>admisión atrasada {n} días</translation>
    </message>
    <message>
        <source>intake due in {n} days</source>
        <translation>admisión vence en {n} días</translation>
    </message>
    <message>
        <source>compliance review: a decision is needed</source>
        <translation>revisión de cumplimiento: hace falta una decisión</translation>
    </message>
    <message>
        <source>appointment with {provider} of {day}: record attendance</source>
        <translation>cita con {provider} del {day}: registre la asistencia</translation>
    </message>
    <message>
        <source>{kind} appointment of {day}: record attendance</source>
        <translation>cita ({kind}) del {day}: registre la asistencia</translation>
    </message>
    <message>
        <source>appointment with {provider} today {time}</source>
        <translation>cita con {provider} hoy a las {time}</translation>
    </message>
    <message>
        <source>appointment with {provider} tomorrow {time}</source>
        <translation>cita con {provider} mañana a las {time}</translation>
    </message>
    <message>
        <source>{kind} appointment today {time}</source>
        <translation>cita ({kind}) hoy a las {time}</translation>
    </message>
    <message>
        <source>{kind} appointment tomorrow {time}</source>
        <translation>cita ({kind}) mañana a las {time}</translation>
    </message>
    <message>
        <source>lost contact: outreach</source>
        <translation>contacto perdido: buscar a la persona</translation>
    </message>
    <message>
        <source>no contact for {n} days</source>
        <translation>sin contacto desde hace {n} días</translation>
    </message>
    <message>
        <source>{n} new arrest or booking recorded this week</source>
        <translation>{n} arresto(s) o ingreso(s) nuevos registrados esta semana</translation>
    </message>
    <message>
        <source>new DA decision</source>
        <translation>nueva decisión de la fiscalía</translation>
    </message>
    <message>
        <source>provider has not answered the referral</source>
        <translation>el proveedor no ha respondido a la remisión</translation>
    </message>
    <message>
        <source>on the provider&apos;s waitlist since {day}</source>
        <translation>en la lista de espera del proveedor desde el {day}</translation>
    </message>
    <message>
        <source>consent expires on {day}</source>
        <translation>el consentimiento vence el {day}</translation>
    </message>
    <message>
        <source>consent {why} while a provider referral is open</source>
        <translation>consentimiento {why} con una remisión a proveedor abierta</translation>
    </message>
    <message>
        <source>monthly snapshot for {month}</source>
        <translation>resumen mensual de {month}</translation>
    </message>
    <message>
        <source>{n}-month justice look-up for the evaluation</source>
        <translation>consulta judicial de {n} meses para la evaluación</translation>
    </message>
    <message>
        <source>unsigned note older than 24 hours</source>
        <translation>nota sin firmar de hace más de 24 horas</translation>
    </message>
    <message>
        <source>{who}: {n} cases, over the maximum</source>
        <translation>{who}: {n} casos, por encima del máximo</translation>
    </message>
    <message>
        <source>{who}: {n} cases, over the target</source>
        <translation>{who}: {n} casos, por encima del objetivo</translation>
    </message>
    <message>
        <source>{n} people waiting for a place</source>
        <translation>{n} personas esperando una plaza</translation>
    </message>
    <message>
        <source>eligibility review waiting {n} business days</source>
        <translation>revisión de elegibilidad esperando {n} días hábiles</translation>
    </message>
    <message>
        <source>{state}: decide whether to file</source>
        <translation>{state}: decidir si se presenta la denuncia</translation>
    </message>
    <message>
        <source>completed: acknowledge the notice</source>
        <translation>completado: acuse recibo del aviso</translation>
    </message>
    <message>
        <source>status: {state}</source>
        <translation>estado: {state}</translation>
    </message>
    <message>
        <source>status: {state} (incident {incident})</source>
        <translation>estado: {state} (incidente {incident})</translation>
    </message>
    <message>
        <source>proposed: {step}; a supervisor decides</source>
        <translation>propuesto: {step}; decide un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>exited ({why}): decide whether to file</source>
        <translation>salió del programa ({why}): decidir si presentar cargos</translation>
    </message>
</context>
<context>
    <name>WorkQueuePage</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <source>DA</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Nota en borrador</translation>
    </message>
    <message>
        <source>My referral</source>
        <translation>Mi remisión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Trabajo pendiente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Trabajo de hoy</translation>
    </message>
    <message>
        <source>Whose cases</source>
        <translation>Casos de quién</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Officers see the status of their own referrals; the case itself is kept by the LEAD team (call its case manager for more).</source>
        <translation>Los agentes ven el estado de sus propias remisiones; el caso en sí lo lleva el equipo LEAD (para más información, llame a su administrador(a) de caso).</translation>
    </message>
    <message>
        <source>This row has nothing to open from here.</source>
        <translation>Esta fila no tiene nada que abrir desde aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the work queue: %s</source>
        <translation>No se pudo cargar el trabajo pendiente: %s</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>{check}: {reason}</source>
        <translation>{check}: {reason}</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <extracomment>Age and area items of the checklist that fail (every referral type is screened). Waitlisted cases of the program that have waited longer than this one. The provider whose treatment waitlist the participant is on, and since when (ISO). A provider has admitted the participant to treatment. The exit reasons of the administrator&apos;s list in use today (code_lists.py). Another open case of the same person (gathered for a closed case: no reopening beside it). Form data the step needs: incident_date, description, staff_involved, exit_type, new_due_date, trigger (for timers: which timer).</extracomment>
        <translation>se requiere un motivo</translation>
    </message>
    <message>
        <source>a reason code is required</source>
        <translation>se requiere un código de motivo</translation>
    </message>
    <message>
        <source>the hand-off to a case manager is not recorded yet</source>
        <translation>aún no se ha registrado el traspaso a un(a) administrador(a) de caso</translation>
    </message>
    <message>
        <source>{program} does not send {kind} referrals to the DA</source>
        <translation>{program} no envía las remisiones de tipo {kind} a la fiscalía</translation>
    </message>
    <message>
        <source>{program} requires DA review for {kind} referrals</source>
        <translation>{program} exige la revisión de la fiscalía para las remisiones de tipo {kind}</translation>
    </message>
    <message>
        <source>not eligible: {failures}</source>
        <translation>no elegible: {failures}</translation>
    </message>
    <message>
        <source>the age and area checks pass</source>
        <translation>se cumplen las verificaciones de edad y de área</translation>
    </message>
    <message>
        <source>{count} waiting longer: release them first, or give the reason for taking this person out of turn</source>
        <translation>{count} llevan más tiempo esperando: libérelos primero o indique el motivo para atender a esta persona fuera de turno</translation>
    </message>
    <message>
        <source>the program is at capacity: waitlist the case</source>
        <translation>el programa no tiene cupo: ponga el caso en lista de espera</translation>
    </message>
    <message>
        <source>the program has capacity: no waitlist needed</source>
        <translation>el programa tiene cupo: no se necesita lista de espera</translation>
    </message>
    <message>
        <source>the DA has not found the person eligible yet</source>
        <translation>la fiscalía aún no ha declarado elegible a la persona</translation>
    </message>
    <message>
        <source>the intake is not signed off</source>
        <translation>la admisión no está firmada</translation>
    </message>
    <message>
        <source>no valid signed consent is on file</source>
        <translation>no hay en el expediente un consentimiento firmado válido</translation>
    </message>
    <message>
        <source>the participation agreement is not signed</source>
        <translation>el acuerdo de participación no está firmado</translation>
    </message>
    <message>
        <source>a missed intake deadline only alerts for referrals other than arrest diversion</source>
        <translation>un plazo de admisión vencido solo genera una alerta en las remisiones que no son de derivación en lugar de arresto</translation>
    </message>
    <message>
        <source>the intake deadline has not passed</source>
        <translation>el plazo de admisión no ha vencido</translation>
    </message>
    <message>
        <source>there has been contact within {days} days</source>
        <translation>ha habido contacto en los últimos {days} días</translation>
    </message>
    <message>
        <source>no contact has been recorded since contact was lost</source>
        <translation>no se ha registrado ningún contacto desde que se perdió el contacto</translation>
    </message>
    <message>
        <source>{program} is a harm-reduction program: no sanctions after intake</source>
        <translation>{program} es un programa de reducción de daños: no hay sanciones después de la admisión</translation>
    </message>
    <message>
        <source>the trigger must be one of: {triggers}</source>
        <translation>el motivo de activación debe ser uno de estos: {triggers}</translation>
    </message>
    <message>
        <source>{program} has no missed-appointment limit</source>
        <translation>{program} no tiene límite de citas perdidas</translation>
    </message>
    <message>
        <source>{misses} unexcused misses; the limit is {limit}</source>
        <translation>{misses} faltas injustificadas; el límite es {limit}</translation>
    </message>
    <message>
        <source>the completion deadline has not passed</source>
        <translation>el plazo de finalización no ha vencido</translation>
    </message>
    <message>
        <source>{program} does not keep an awaiting-treatment state</source>
        <translation>{program} no usa el estado de espera del tratamiento</translation>
    </message>
    <message>
        <source>record the provider&apos;s waitlist on the provider referral first</source>
        <translation>registre primero la lista de espera del proveedor en la remisión al proveedor</translation>
    </message>
    <message>
        <source>no provider has admitted the participant yet</source>
        <translation>ningún proveedor ha admitido aún al participante</translation>
    </message>
    <message>
        <source>record the {missing}</source>
        <translation>registre: {missing}</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>fecha del incidente</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>staff involved</source>
        <translation>personal involucrado</translation>
    </message>
    <message>
        <source>give the new due date</source>
        <translation>indique la nueva fecha límite</translation>
    </message>
    <message>
        <source>the intake is not complete: return the case to intake pending instead</source>
        <translation>la admisión no está completa: en su lugar, devuelva el caso a admisión pendiente</translation>
    </message>
    <message>
        <source>{program} files no charges after a removal</source>
        <translation>{program} no presenta cargos después de una expulsión</translation>
    </message>
    <message>
        <source>{program} files no charges after an exit</source>
        <translation>{program} no presenta cargos después de una salida</translation>
    </message>
    <message>
        <source>charges follow an exit only for lost contact or declining to continue</source>
        <translation>solo se presentan cargos tras una salida por contacto perdido o por decidir no continuar</translation>
    </message>
    <message>
        <source>a completion criterion is not met: {named}</source>
        <translation>no se cumple un criterio de finalización: {named}</translation>
    </message>
    <message>
        <source>the profile&apos;s completion criteria are not met</source>
        <translation>no se cumplen los criterios de finalización del perfil</translation>
    </message>
    <message>
        <source>every plan goal met or dropped, and at least one met</source>
        <translation>todas las metas del plan cumplidas o descartadas, y al menos una cumplida</translation>
    </message>
    <message>
        <source>a provider referral with treatment completed</source>
        <translation>una remisión a un proveedor con el tratamiento completado</translation>
    </message>
    <message>
        <source>choose the exit type</source>
        <translation>elija el tipo de salida</translation>
    </message>
    <message>
        <source>in a compliance program a withdrawal goes to compliance review first</source>
        <translation>en un programa de cumplimiento, un retiro pasa primero a revisión de cumplimiento</translation>
    </message>
    <message>
        <source>the case has no earlier open state to return to</source>
        <translation>el caso no tiene un estado abierto anterior al que volver</translation>
    </message>
    <message>
        <source>this person has another open case ({state}); one person has one open case at a time</source>
        <translation>esta persona tiene otro caso abierto ({state}); una persona tiene un solo caso abierto a la vez</translation>
    </message>
    <message>
        <source>a reopened case returns to {state}</source>
        <translation>un caso reabierto vuelve a {state}</translation>
    </message>
    <message>
        <source>the date the case closed is unknown</source>
        <translation>se desconoce la fecha en que se cerró el caso</translation>
    </message>
    <message>
        <source>closed {age} days ago; cases reopen within {days} days</source>
        <translation>se cerró hace {age} días; los casos se reabren dentro de {days} días</translation>
    </message>
    <message>
        <source>{from_state} → {to_state}</source>
        <translation>{from_state} → {to_state}</translation>
    </message>
    <message>
        <source>{step}: no timer ever closes a case; a person decides</source>
        <translation>{step}: ningún plazo automático cierra un caso; lo decide una persona</translation>
    </message>
    <message>
        <source>{step} is not a step of the workflow</source>
        <translation>{step} no es un paso del flujo de trabajo</translation>
    </message>
    <message>
        <source>only a person can take this step</source>
        <translation>solo una persona puede dar este paso</translation>
    </message>
    <message>
        <source>{step} is not allowed: {why}</source>
        <translation>{step} no está permitido: {why}</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <source>a case manager proposes this step and a supervisor approves it</source>
        <translation>un(a) administrador(a) de caso propone este paso y un(a) supervisor(a) lo aprueba</translation>
    </message>
    <message>
        <source>the timers</source>
        <translation>los plazos automáticos</translation>
    </message>
    <message>
        <source>{who} may not take this step (it is for: {allowed})</source>
        <translation>{who} no puede dar este paso (corresponde a: {allowed})</translation>
    </message>
</context>
</TS>
