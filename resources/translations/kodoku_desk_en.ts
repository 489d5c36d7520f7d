<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../kodoku_desk/ui/visit_entry_parts.py" line="+42"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>内容（例：長女に電話し状況を伝えた）</source>
        <translation>What was done (e.g. phoned the eldest daughter and explained)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結果：なし</source>
        <translation>Result: none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>この対応・連絡の行を削除します</source>
        <translation>Remove this action row</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/user_dialog.py" line="+145"/>
        <source>利用者を追加</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最初のパスフレーズは本人に直接伝え、使い始めたら「自分のパスフレーズ」で本人だけが知っているものに変えてもらってください。</source>
        <translation>Give the initial passphrase to the person directly. Once they start, ask them to change it under “My passphrase” to one only they know.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：田中 一郎</source>
        <translation>e.g. Ichiro Tanaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ロックを解除するときに入力する名前です（半角英数字。例：tanaka）。</source>
        <translation>The name typed to unlock (letters and digits, e.g. tanaka).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>権限</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最初のパスフレーズ</source>
        <translation>Initial passphrase</translation>
    </message>
</context>
<context>
    <name>AdminStep</name>
    <message>
        <location filename="../../kodoku_desk/ui/first_run_admin.py" line="+29"/>
        <source>管理者</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最初の利用者は管理者になります。ほかの職員やボランティアは、あとで「設定 › 利用者」から加えます。</source>
        <translation>The first user is an administrator. Add other staff and volunteers later under Settings › Users.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例：山田 花子</source>
        <translation>e.g. Hanako Yamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存先を変更…</source>
        <translation>Change location…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>管理者のお名前</source>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>利用者名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインに使う名前です（半角英数字）。</source>
        <translation>The name used to sign in (letters and digits).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>パスフレーズ</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8文字以上。長い文章のようなパスフレーズがおすすめです</source>
        <translation>At least 8 characters. A long, sentence-like passphrase is best</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>パスフレーズ（確認）</source>
        <translation>Passphrase (again)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>データの保存先</source>
        <translation>Data file location</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>データベースの保存先</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つながりデスクのデータベース (*.kdesk)</source>
        <translation>Kodoku Desk databases (*.kdesk)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>管理者のお名前を入力してください。</source>
        <translation>Enter the administrator&apos;s name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>8文字以上にしてください（いまは{count}文字です）。</source>
        <translation>Use at least 8 characters (now {count}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確認用のパスフレーズが一致しません。もう一度入力してください。</source>
        <translation>The passphrases do not match. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kodoku_desk/ui/app.py" line="+26"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../kodoku_desk/ui/controller.py" line="+123"/>
        <source>お試し用データのパスフレーズは「{passphrase}」です。</source>
        <translation>The sample data&apos;s passphrase is “{passphrase}”.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>前回、つながりデスクが正しく終了しませんでした。データは最後に保存した時点のものです。</source>
        <translation>Tsunagari Desk did not close properly last time. Your data is as it was at the last save.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>データベースの更新の前に作ったコピーがあります：{name}
データベースが開けないときは、管理者がこのコピーから戻せます。</source>
        <translation>A copy made before the database update exists: {name}
If the database does not open, an administrator can go back to this copy.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>自動バックアップを作れませんでした：{reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>自動バックアップを作りました。</source>
        <translation>Automatic backup made.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>バックアップを作っています。しばらくお待ちください…</source>
        <translation>Making a backup. Please wait…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>つながりデスク</source>
        <translation>Tsunagari Desk</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>バックアップ（{date}）から復元しました。バックアップを作ったときのパスフレーズで開いてください。</source>
        <translation>Restored from the backup of {date}. Open it with the passphrase in use when the backup was made.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>復元の前のデータベースは「{name}」として同じフォルダーに残しています。</source>
        <translation>The database from before the restore is kept in the same folder as “{name}”.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/assessment_dialog.py" line="+118"/>
        <source>アセスメント（孤独感の評価）</source>
        <translation>Assessment (loneliness)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>例：令和8年10月1日、R8.10.1、2026/10/1</source>
        <translation>e.g. 2026/10/1, 令和8年10月1日, R8.10.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>実施日・実施者</source>
        <translation>Date and interviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>実施日</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>実施者</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>間接質問（問1～問3）</source>
        <translation>Indirect questions (Q1–Q3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>無回答</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>直接質問</source>
        <translation>Direct question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>社会的交流</source>
        <translation>Social contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>聞いていない（記録しない）</source>
        <translation>Not asked (not recorded)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>聞き取りのときの様子など</source>
        <translation>How the interview went, etc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メモ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>キャンセル（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>西暦でも和暦でも入力できます。</source>
        <translation>Enter the date in the Western or the Japanese calendar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date}：未来の日付は保存できません。</source>
        <translation>{date}: a future date cannot be saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3問すべてに回答があるときだけ得点を出します</source>
        <translation>A score is given only when all three questions are answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合計 {score}点（{band}）</source>
        <translation>Total {score} points ({band})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>入力内容を確かめてください。保存していません。</source>
        <translation>Please check your entries. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>入力の破棄</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容は保存されていません。破棄して閉じますか？</source>
        <translation>What you entered has not been saved. Discard it and close?</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/audit_model.py" line="+76"/>
        <source>日時</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>利用者</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（不明）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>記録ID: {id}</source>
        <translation>Entry ID: {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>改ざんの確認で、最初に合わなかった記録です。</source>
        <translation>The first entry that failed the tampering check.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../kodoku_desk/ui/audit_tab.py" line="+52"/>
        <source>すべての期間</source>
        <translation>All time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>過去7日間</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>過去30日間</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間を指定</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>〜</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>すべての利用者</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>利用者</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>すべての操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当事者番号・対象ID</source>
        <translation>Person no. or target ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記録のIDで絞り込みます（先頭の数文字だけでもかまいません）</source>
        <translation>Filter by record ID (the first few characters are enough)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>最新の記録に戻る</source>
        <translation>Back to the latest entries</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+195"/>
        <source>改ざんの確認</source>
        <translation>Check for tampering</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>すべての記録のつながり（ハッシュ）を確かめます</source>
        <translation>Verify the hash chain that links all entries</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>監査ログ</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>さらに表示</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{total} 件中 {shown} 件を表示（新しい順）</source>
        <translation>Showing {shown} of {total} (newest first)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>・記録 #{seq} の付近</source>
        <translation> · around entry #{seq}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>確認しています…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>記録 {count} 件を確認しました。改ざんは見つかりませんでした。</source>
        <translation>Checked {count} entries. No tampering found.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>記録 #{seq}（{at}）の内容が書き換えられています。</source>
        <translation>Entry #{seq} ({at}) has been altered. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>記録 #{seq}（{at}）の直前の記録が削除されたか、書き換えられています。</source>
        <translation>The entry before #{seq} ({at}) has been deleted or altered. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>改ざんが見つかりました。</source>
        <translation>Tampering detected. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>この記録より後の記録も、正しいかどうか確かめられません。</source>
        <translation>Entries after this one cannot be verified either.</translation>
    </message>
</context>
<context>
    <name>BackupStep</name>
    <message>
        <location filename="../../kodoku_desk/ui/first_run_backup.py" line="+36"/>
        <source>バックアップの保存先</source>
        <translation>Backup location</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>パソコンが壊れたり盗まれたりしても記録が残るよう、暗号化したバックアップを別の装置に自動で作ります。USBメモリーや事務所のネットワーク上のフォルダーを選んでください。</source>
        <translation>So that the records survive a broken or stolen computer, encrypted backups are made automatically on another device. Choose a USB drive or a folder on the office network.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>まだ選ばれていません</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>フォルダーを選ぶ…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>保存先</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>バックアップは、いまと同じパスフレーズで開けます。つながりデスクを閉じるときと、開いている間は1日に1回作ります。</source>
        <translation>Backups open with the same passphrase as now. One is made when Kodoku Desk closes and once a day while it is open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>いま決めなくてもかまいません。「あとで設定する」を押すと、「設定 › バックアップ」で選べます。それまでホームに注意が出ます。</source>
        <translation>You need not decide now: with “Set up later” you can choose it under Settings › Backup. Until then Home shows a reminder.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>バックアップの保存先を選ぶ</source>
        <translation>Choose the backup location</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>そのフォルダーが見つかりません。USBメモリーがつながっているか確かめるか、別のフォルダーを選んでください。</source>
        <translation>That folder was not found. Check that the USB drive is connected, or choose another folder.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../kodoku_desk/ui/backup_tab.py" line="+72"/>
        <source>データベースを暗号化したまま、USBメモリーやネットワーク上のフォルダーに写します。バックアップは、いまと同じパスフレーズで開けます。つながりデスクを閉じるときと、開いている間は1日に1回、自動でも作ります。</source>
        <translation>Copies the database, still encrypted, to a USB drive or a network folder. Backups open with the same passphrases. A backup is also made automatically when the app closes and once a day while it is open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>まだ選ばれていません</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存先を選ぶ…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> 世代</source>
        <translation> generations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存先</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パソコンが壊れても残るよう、別の装置（USBメモリーやネットワーク上のフォルダー）を選んでください。</source>
        <translation>Choose another device (a USB drive or a network folder) so backups survive if this computer breaks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>残す数</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいものからこの数だけ残し、古いものは消します（初期値14）。</source>
        <translation>Keeps this many of the newest backups and deletes older ones (default 14).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>警告</source>
        <translation>Warn after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最後のバックアップからこの日数が過ぎると、ホームに注意を出します（初期値7日）。</source>
        <translation>Home shows a warning when the last backup is older than this (default 7 days).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存先などの設定は管理者だけが変えられます。</source>
        <translation>Only administrators can change these settings.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>今すぐバックアップ</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>保存先にあるバックアップ</source>
        <translation>Backups in the folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>作成日時</source>
        <translation>Made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大きさ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>このバックアップから復元…</source>
        <translation>Restore from this backup…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>まだバックアップはありません。</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最後のバックアップ：{time}</source>
        <translation>Last backup: {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保存先を選ぶと、そこにあるバックアップがここに並びます。</source>
        <translation>Choose a folder to list the backups in it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>この保存先にバックアップはまだありません。</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>鍵ファイル（.keys）がありません</source>
        <translation>Key file (.keys) missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>このデータベース</source>
        <translation>This database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>別のデータベース</source>
        <translation>Another database</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>バックアップの保存先を選ぶ</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>保存しました。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>保存先を変えたときは、先に「保存」を押してください。</source>
        <translation>After changing the folder, press Save first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>バックアップを作りました：{name}（{size}）</source>
        <translation>Backup made: {name} ({size})</translation>
    </message>
</context>
<context>
    <name>CandidateButton</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_results.py" line="+67"/>
        <source>常連</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>初めて</source>
        <translation>First time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>前回 {month}/{day}</source>
        <translation>Last: {month}/{day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>受付済み</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>この回はすでに受付済みです</source>
        <translation>Already checked in to this session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>クリックまたは Enter で受付します</source>
        <translation>Click or press Enter to check in</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_page.py" line="+90"/>
        <source>名簿にない方は</source>
        <translation>Not on the list?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>＋ 新しい参加者（Ctrl+N）</source>
        <translation>+ New participant (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名簿にない方を、氏名・ふりがな・区分だけで登録して受付します</source>
        <translation>Register someone not on the list with just name, reading and category, and check them in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>元に戻す（Ctrl+Z）</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>開催を選んでください。</source>
        <translation>Choose a session.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>読み込んでいます…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>この回はまだ開催日になっていません。受付は開催日の当日から行えます。</source>
        <translation>This session&apos;s date has not come yet. Check-in opens on the day of the session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名前かふりがなの一部を入力して Enter で受付します。</source>
        <translation>Type part of a name or reading, then press Enter to check in.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} さんの受付</source>
        <translation>check-in of {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} さんを登録して受け付けました（{what}）</source>
        <translation>Registered and checked in {name} ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さんを受け付けました（{what}）</source>
        <translation>Checked in {name} ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>&#x3000;元に戻す: Ctrl+Z</source>
        <translation> · Undo: Ctrl+Z</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{category}（匿名）</source>
        <translation>{category} (anonymous)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}を1人増やしました（いま {count}人）</source>
        <translation>{label}: added one (now {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}を1人減らしました（いま {count}人）</source>
        <translation>{label}: removed one (now {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>元に戻せる操作はありません。</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>元に戻しました：{what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} さんの受付を取り消しました。</source>
        <translation>Removed the check-in of {name}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>入力を確かめてください。まだ登録していません。</source>
        <translation>Please check your entries. Nothing has been registered yet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>取り消す操作：{what}（Ctrl+Z）</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>元に戻せる操作はまだありません</source>
        <translation>Nothing to undo yet</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/followups_page.py" line="+111"/>
        <source>フォローアップを完了にする</source>
        <translation>Close follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} さん：{reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>結果（必須）</source>
        <translation>Outcome (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>完了にする</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_counters.py" line="+101"/>
        <source>いまの人数</source>
        <translation>Count so far</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>参加者（延べ）</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>うち登録</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>うち匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ボランティア</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スタッフ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全員</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>名簿にない参加者（匿名）</source>
        <translation>Not on the list (anonymous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>＋ Alt+番号 ／ − Alt+Shift+番号</source>
        <translation>+ Alt+number / − Alt+Shift+number</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{category}の匿名参加者数</source>
        <translation>Anonymous participants: {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category}を1人減らす</source>
        <translation>{category}: remove one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{category}を1人増やす</source>
        <translation>{category}: add one</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>登録 {n}人</source>
        <translation>{n} registered</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../kodoku_desk/ui/record_form.py" line="+77"/>
        <source>西暦でも和暦でも入力できます。</source>
        <translation>Enter the date in the Western or the Japanese calendar.</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../../kodoku_desk/ui/lock_tab.py" line="+153"/>
        <source>記憶したパソコン</source>
        <translation>Remembered computers</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>すべてのパソコンの記憶を取り消す</source>
        <translation>Forget all computers</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>記憶しているパソコンはありません。</source>
        <translation>No computer is remembered.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>いま %n 件、パソコンに鍵が記憶されています（すべての利用者の合計）。</source>
        <translation>
            <numerusform>%n key is remembered on a computer (all users together).</numerusform>
            <numerusform>%n keys are remembered on computers (all users together).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>「このパソコンに記憶」を許可していないため、これらの鍵ではもう開けません（使おうとしたときに消えます）。</source>
        <translation> As “Remember on this computer” is not allowed, these keys no longer open the database (each is removed when someone tries it).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{username}&#x3000;{device}（{date}）</source>
        <translation>{username}  {device} ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名前のないパソコン</source>
        <translation>Unnamed computer</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>すべての利用者の、記憶したパソコン %n 件をすべて取り消しますか？
取り消したあとは、だれもがパスフレーズで開く必要があります。パスフレーズと回復キーはそのまま使えます。</source>
        <translation>
            <numerusform>Forget the %n remembered computer (all users)?
Afterwards everyone has to open with their passphrase. Passphrases and the recovery key keep working.</numerusform>
            <numerusform>Forget all %n remembered computers (all users)?
Afterwards everyone has to open with their passphrase. Passphrases and the recovery key keep working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n 件の記憶を取り消しました。</source>
        <translation>
            <numerusform>Forgot %n remembered computer.</numerusform>
            <numerusform>Forgot %n remembered computers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/directory_page.py" line="+47"/>
        <source>関係機関の名簿</source>
        <translation>Directory of organisations</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+122"/>
        <source>すべての種類</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>種類で絞り込み</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称・電話番号・担当者で絞り込み</source>
        <translation>Filter by name, phone or contact person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>使用をやめた機関も表示</source>
        <translation>Show retired organisations too</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <location line="+32"/>
        <source>使用をやめる</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>つなぎ先として選べなくします（これまでの記録は残ります）</source>
        <translation>It can no longer be chosen as a referral destination (past records stay)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>関係機関の一覧</source>
        <translation>List of organisations</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>関係機関の名簿はスタッフ・管理者だけが扱えます。ボランティアのアカウントでは利用できません。</source>
        <translation>Only staff and administrators can use the directory of organisations; volunteer accounts cannot.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>使用中 %n 件</source>
        <translation>
            <numerusform>%n in use</numerusform>
            <numerusform>%n in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>・使用停止 %n 件</source>
        <translation>
            <numerusform> · %n retired</numerusform>
            <numerusform> · %n retired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>（表示 %n 件）</source>
        <translation>
            <numerusform> (%n shown)</numerusform>
            <numerusform> (%n shown)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名簿に機関はまだありません。「追加」から登録してください。</source>
        <translation>The directory is empty. Use “Add” to register an organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>条件に合う機関はありません。</source>
        <translation>No organisation matches.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>使用を再開する</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>「{name}」を追加しました。</source>
        <translation>Added “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」を保存しました。</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>「{name}」の使用をやめますか？
つなぎ先として選べなくなります。これまでのつなぎの記録はそのまま残ります。</source>
        <translation>Retire “{name}”?
It can no longer be chosen as a referral destination. Past referral records stay as they are.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>「{name}」の使用をやめました。</source>
        <translation>Retired “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」の使用を再開しました。</source>
        <translation>“{name}” is in use again.</translation>
    </message>
</context>
<context>
    <name>DistrictEditor</name>
    <message>
        <location filename="../../kodoku_desk/ui/district_editor.py" line="+31"/>
        <source>地区名</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区の一覧</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>新しい地区の名前</source>
        <translation>New district name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名前を変更</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+80"/>
        <location line="+7"/>
        <source>使用をやめる</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>新規（保存すると追加されます）</source>
        <translation>New (added when you save)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>使用終了（%n件の記録で使用）</source>
        <translation>
            <numerusform>Retired (used by %n record)</numerusform>
            <numerusform>Retired (used by %n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>使用中（%n件）</source>
        <translation>
            <numerusform>In use (%n record)</numerusform>
            <numerusform>In use (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まだ使われていません</source>
        <translation>Not used yet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>再び使う</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>記録で使われている地区は削除できません。使用をやめると、いまの記録はそのままで、選ぶときに「（使用終了）」と表示されます。</source>
        <translation>A district that records use cannot be deleted. When you stop using it, existing records keep it and it is shown as “(retired)” in the choices.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一覧から外す</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>まだ使われていないので、一覧から削除します。</source>
        <translation>Not used yet, so it is deleted from the list.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/export_page.py" line="+47"/>
        <source>匿名の集計表</source>
        <translation>Anonymous summary tables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>官民連携プラットフォームや市区町村、助成元に渡す集計表を作ります。少人数の欄は「x」で伏せ、名前・連絡先・自由記述は含みません。保存する前に、書き出される内容をそのまま確認できます。</source>
        <translation>Build summary tables for the public–private partnership platform, the municipality or funders. Small counts are hidden as “x”; names, contact details and free text are never included. Before saving, you can see exactly what will be written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>集計表の出力はスタッフ・管理者だけが行えます。ボランティアのアカウントでは利用できません。</source>
        <translation>Only staff and administrators can export summary tables; volunteer accounts cannot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>集計して確認</source>
        <translation>Build and preview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保存する形式</source>
        <translation>File format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>出力する表</source>
        <translation>Tables to export</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>書き出される表</source>
        <translation>Table as it will be written</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>出力する表を1つ以上選んでください。</source>
        <translation>Choose at least one table to export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>集計しています。大きなデータでは少し時間がかかります…</source>
        <translation>Tabulating. With a lot of data this takes a little while…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{period}：{n}表を書き出せます（伏せた値 {hidden}）。</source>
        <translation>{period}: tables ready to export: {n} (hidden values: {hidden}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&#x3000;{n}表は出力できません（赤字の表。理由は表を選ぶと表示）。</source>
        <translation>  Tables that cannot be exported: {n} (in red; select one to see why).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この表は選ばれていません。</source>
        <translation>This table is not selected.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>集計表を保存</source>
        <translation>Save summary tables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保存しています…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>「{name}」に保存しました（出力の記録に残しました）。</source>
        <translation>Saved to “{name}” (the export has been logged).</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_finder.py" line="+51"/>
        <source>名前・ふりがなで探す</source>
        <translation>Search by name or reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受付する方の検索</source>
        <translation>Search for the person to check in</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>名前かふりがなの一部（例：やまだ、たろう）を入力すると、ここに候補が大きく表示されます。</source>
        <translation>Type part of a name or reading (e.g. やまだ, たろう) and the matches appear here as large buttons.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>「{query}」に当てはまる方はいません。名簿にない方は「新しい参加者」（Ctrl+N）で登録できます。</source>
        <translation>Nobody matches “{query}”. Register someone not on the list with “New participant” (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ほかにも当てはまる方がいるかもしれません。続けて入力してください。</source>
        <translation>There may be more matches; keep typing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>当てはまる方がいません。名簿にない方は Ctrl+N で登録します。</source>
        <translation>Nobody matches. Press Ctrl+N to register someone not on the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名前かふりがなの一部を入力してください。</source>
        <translation>Type part of a name or reading.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} さんは、この回はすでに受付済みです。</source>
        <translation>{name} is already checked in to this session.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/first_run.py" line="+53"/>
        <source>つながりデスク — はじめての設定</source>
        <translation>Kodoku Desk — first-time setup</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>データベースを作成</source>
        <translation>Create database</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>データベースの作成</source>
        <translation>Creating the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記録を暗号化して保存するデータベースを作っています。パスフレーズから鍵を作るため、少し時間がかかります。</source>
        <translation>Creating the database that keeps the records encrypted. Deriving the key from the passphrase takes a moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>サンプルデータ</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>架空の当事者や見守り記録が入ったお試し用のデータベースを、本番とは別のファイルに作っています。実際の方の情報は入力しないでください。</source>
        <translation>Creating a trial database with invented people and check-in records, in a file separate from the real one. Do not enter real people&apos;s information.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>団体</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>管理者</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>作成</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回復キー</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>あとで設定する</source>
        <translation>Set up later</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完了</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>データベースを開く</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つながりデスクのデータベース (*.kdesk);;すべてのファイル (*)</source>
        <translation>Kodoku Desk database (*.kdesk);;All files (*)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>準備しています…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>サンプルデータを用意できませんでした：{reason}</source>
        <translation>The sample data could not be prepared: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>設定を中断</source>
        <translation>Stop the setup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>データベースは作成済みです。次回からはパスフレーズで開けます。閉じますか？</source>
        <translation>The database has been created; next time you open it with your passphrase. Close now?</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>データベースを作成しています。しばらくお待ちください…</source>
        <translation>Creating the database. Please wait…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>回復キーは二度と表示されません。保管せずに閉じますか？</source>
        <translation>The recovery key will never be shown again. Close without keeping it?</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/followups_page.py" line="-73"/>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当事者</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当</source>
        <translation>Assignee</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>（%n 日超過）</source>
        <translation>
            <numerusform> (%n day overdue)</numerusform>
            <numerusform> (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location line="+91"/>
        <source>フォローアップ</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>すべての緊急度</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>緊急度：{level}</source>
        <translation>Urgency: {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>自分の担当のみ</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>完了にする</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当事者のページを開く</source>
        <translation>Open person page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>最新の情報に更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>対応中のフォローアップ</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>対応中のフォローアップはありません。</source>
        <translation>There are no open follow-ups.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>対応中 %n 件</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>（うち期限切れ %n 件）</source>
        <translation>
            <numerusform> (%n overdue)</numerusform>
            <numerusform> (%n overdue)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} さんのフォローアップを完了にしました。</source>
        <translation>Closed the follow-up for {name}.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kodoku_desk/ui/home_page.py" line="+37"/>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最新の情報に更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字を読み込み直します（F5）</source>
        <translation>Load the numbers again (F5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>担当している方についての数字です。</source>
        <translation>These numbers cover the people assigned to you.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日の訪問予定</source>
        <translation>Planned visits today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡が途絶えている方</source>
        <translation>People out of contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未対応のフォローアップ</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今月の見守り記録</source>
        <translation>Check-ins this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援中の当事者</source>
        <translation>People supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今月の居場所</source>
        <translation>Drop-in places this month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>連絡が途絶えている方（予定の間隔を過ぎた順）</source>
        <translation>People out of contact (longest past their plan first)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>お名前</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>見守り頻度</source>
        <translation>Check-in plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最後の連絡</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>経過</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ダブルクリックでその方のページを開きます</source>
        <translation>Double-click to open the person&apos;s page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>集まりに来なくなった方（居場所の常連）</source>
        <translation>Regulars who stopped coming (drop-in places)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>居場所</source>
        <translation>Drop-in place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最後の参加</source>
        <translation>Last attended</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>休んだ回数</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>直近4回のうち3回以上来ていた方が、続けて2回以上休んでいます。ダブルクリックでその方のページを開きます</source>
        <translation>People who came to at least 3 of 4 sessions have now missed 2 or more in a row. Double-click to open the person&apos;s page</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>バックアップの保存先が設定されていません。</source>
        <translation>No backup folder is set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>設定の「バックアップ」で保存先を選んでください。</source>
        <translation>Choose a folder under Settings › Backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まだ一度もバックアップしていません。設定の「バックアップ」から作れます。</source>
        <translation>No backup has been made yet. Make one under Settings › Backup.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>最後のバックアップから %n 日たっています。</source>
        <translation>
            <numerusform>The last backup is %n day old.</numerusform>
            <numerusform>The last backup is %n days old.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存先（USBメモリーなど）がつながっているか確かめてください。</source>
        <translation>Check that the backup device (USB drive etc.) is connected.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>今日は {date}</source>
        <translation>Today is {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>人</source>
        <comment>unit: people</comment>
        <translation>
            <numerusform>person</numerusform>
            <numerusform>people</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>次回予定日が今日の方
今週（日曜まで）は {n}人</source>
        <translation>Next visit planned for today
{n} this week (to Sunday)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>予定の間隔を過ぎても
連絡が取れていない方</source>
        <translation>No contact within their planned interval</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>件</source>
        <comment>unit: follow-ups</comment>
        <translation>
            <numerusform>follow-up</numerusform>
            <numerusform>follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急度 {levels}</source>
        <translation>Urgency: {levels}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>件</source>
        <comment>unit: visit records</comment>
        <translation>
            <numerusform>record</numerusform>
            <numerusform>records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month}月1日からの記録</source>
        <translation>Recorded since the 1st of this month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支援中として登録されている方</source>
        <translation>Registered as currently supported</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>回開催</source>
        <comment>unit: sessions held</comment>
        <translation>
            <numerusform>session held</numerusform>
            <numerusform>sessions held</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延べ参加者 {total}人
（うち匿名 {walkins}人）</source>
        <translation>{total} attendances ({walkins} anonymous)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>記録なし</source>
        <translation>None recorded</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>登録から %n 日</source>
        <translation>
            <numerusform>%n day since registration</numerusform>
            <numerusform>%n days since registration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n 日</source>
        <comment>days since last contact</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>予定の間隔を過ぎている方はいません。</source>
        <translation>Nobody is past their planned interval.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+23"/>
        <source>ほかに %n 人います。</source>
        <translation>
            <numerusform>And %n more person.</numerusform>
            <numerusform>And %n more people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%n 回</source>
        <comment>sessions missed</comment>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>居場所に来なくなった常連の方はいません。</source>
        <translation>No regulars have stopped coming to the drop-in places.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/import_dialog.py" line="+59"/>
        <source>Excel・CSVから取り込む</source>
        <translation>Import from Excel or CSV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+147"/>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ファイルが選ばれていません</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>取り込むファイル</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>ファイルを選ぶ…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>文字コード</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>シート</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>見出しの行番号</source>
        <translation>Header row number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ファイルの先頭（色の付いた行が見出し）</source>
        <translation>Start of the file (the highlighted row is the header)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>当事者の名簿（Excel の .xlsx ファイル、または CSV ファイル）を選んでください。表の上にある題名や空白の行は飛ばして、見出しの行を自動で探します。</source>
        <translation>Choose a roster of people (an Excel .xlsx file or a CSV file). Titles and blank rows above the table are skipped; the header row is found automatically.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>列の対応</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ファイルの各列を、どの項目として取り込むか選んでください。見出しの名前から自動で選んでいます。取り込まない列は「（取り込まない）」のままにします。</source>
        <translation>Choose what each column of the file holds. The choices are made from the header names; leave columns you do not want as &quot;(do not import)&quot;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1. ファイルを選ぶ</source>
        <translation>1. Choose a file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. 列の対応</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. 確認して取り込む</source>
        <translation>3. Check and import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. 完了</source>
        <translation>4. Done</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>確認へ</source>
        <translation>Check rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取り込む…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>前回この見出しで確認した対応を選んでいます。</source>
        <translation>The columns are set as you confirmed them last time for this header row.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>取り込むファイルを選ぶ</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel・CSV (*.xlsx *.xlsm *.csv *.txt);;すべてのファイル (*)</source>
        <translation>Excel or CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>このファイルには取り込める表がありません。</source>
        <translation>This file has no table that can be imported.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>自動判別：{name}</source>
        <translation>Detected: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自動判別できませんでした</source>
        <translation>Could not be detected</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>取り込みの確認</source>
        <translation>Confirm import</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n人を当事者として登録します。よろしいですか？</source>
        <translation>
            <numerusform>Register %n person?</numerusform>
            <numerusform>Register %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>重複の可能性がある%n行は取り込みません。</source>
        <translation>
            <numerusform>%n possible duplicate will not be imported.</numerusform>
            <numerusform>%n possible duplicates will not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>エラーの%n行は取り込みません。</source>
        <translation>
            <numerusform>%n row with errors will not be imported.</numerusform>
            <numerusform>%n rows with errors will not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての行をまとめて保存します。途中で問題が起きたときは何も保存しません。</source>
        <translation>All rows are saved together; if anything goes wrong, nothing is saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>何も保存していません。</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n人を取り込みました。</source>
        <translation>
            <numerusform>Imported %n person.</numerusform>
            <numerusform>Imported %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>重複の可能性がある%n行は取り込んでいません。</source>
        <translation>
            <numerusform>%n possible duplicate was not imported.</numerusform>
            <numerusform>%n possible duplicates were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>エラーの%n行は取り込んでいません。</source>
        <translation>
            <numerusform>%n row with errors was not imported.</numerusform>
            <numerusform>%n rows with errors were not imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事者の一覧に表示されています。</source>
        <translation>They are now in the list of people.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../kodoku_desk/ui/import_parts.py" line="+27"/>
        <source>氏名（姓と名を空白で区切る）</source>
        <extracomment>Label of each import field key (translated with context ``ImportFields``).</extracomment>
        <translation>Full name (family and given name separated by a space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏（姓）</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな（セイとメイを空白で区切る）</source>
        <translation>Reading of the full name (separated by a space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな（セイ）</source>
        <translation>Reading of the family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな（メイ）</source>
        <translation>Reading of the given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日の元号（昭和・S など）</source>
        <translation>Era of the date of birth (Showa, S …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号2（携帯など）</source>
        <translation>Second phone (mobile etc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所（1つの欄にまとめたもの）</source>
        <translation>Address (all in one column)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町字</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地・号</source>
        <translation>Block and house number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方書（建物名・部屋番号）</source>
        <translation>Building and room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯類型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り頻度</source>
        <translation>Check-in frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先の氏名</source>
        <translation>Emergency contact name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先の続柄</source>
        <translation>Emergency contact relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先の電話番号</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>かかりつけ医・関係機関</source>
        <translation>Doctor and related agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通称</source>
        <translation>Common name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登録日</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特記事項・備考</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportMappingTable</name>
    <message>
        <location line="+17"/>
        <source>ファイルの列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>値の例</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取り込む項目</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列の対応</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（見出しなし・{n}列目）</source>
        <translation>(no header, column {n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>「{column}」の取り込み先</source>
        <translation>Import &quot;{column}&quot; as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（取り込まない）</source>
        <translation>(do not import)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location line="+27"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ふりがな</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>問題（列・値・内容）</source>
        <translation>Problems (column, value, what is wrong)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重複の可能性</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取り込む（要確認）</source>
        <translation>Import (check)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>「{column}」</source>
        <translation>&quot;{column}&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>「{value}」</source>
        <translation> &quot;{value}&quot;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>要確認：</source>
        <translation>Check: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>登録済みの {code} と、ふりがな（または氏名）と電話番号が同じです（生年月日がないため電話番号で比べました）。</source>
        <translation>Same reading (or name) and phone number as {code}, already registered (compared by phone because a birth date is missing).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登録済みの {code} と、氏名とふりがなが同じです（どちらにも生年月日がありません）。</source>
        <translation>Same name and reading as {code}, already registered (neither has a birth date).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登録済みの {code} と、ふりがなと生年月日が同じです。</source>
        <translation>Same reading and date of birth as {code}, who is already registered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このファイルの{row}行目と、ふりがな（または氏名）と電話番号が同じです（生年月日がないため電話番号で比べました）。</source>
        <translation>Same reading (or name) and phone number as row {row} of this file (compared by phone because a birth date is missing).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このファイルの{row}行目と、氏名とふりがなが同じです（どちらにも生年月日がありません）。</source>
        <translation>Same name and reading as row {row} of this file (neither has a birth date).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このファイルの{row}行目と、ふりがなと生年月日が同じです。</source>
        <translation>Same reading and date of birth as row {row} of this file.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{year}年（月日不明）</source>
        <translation>{year} (day and month unknown)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/import_preview.py" line="+33"/>
        <source>取り込みの確認</source>
        <extracomment>Up to this many rows, rows grow to show every problem (measuring rows costs time).</extracomment>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>重複の可能性がある行も取り込む</source>
        <translation>Also import possible duplicates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>問題のない行だけ取り込む（エラーの行は取り込みません）</source>
        <translation>Import only the rows without problems (rows with errors are left out)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>まだ何も保存していません。内容を確かめてから「取り込む…」を押してください。エラーの行を直すには、ファイルを直して選び直します。</source>
        <translation>Nothing has been saved yet. Check the rows, then press &quot;Import…&quot;. To fix rows with errors, correct the file and choose it again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>全{total}行：取り込む {ok}人・重複の可能性 {dup}人・エラー {bad}行</source>
        <translation>{total} rows: {ok} to import · {dup} possible duplicates · {bad} with errors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（取り込む人のうち要確認 {check}人）</source>
        <translation> ({check} of them need checking)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{row}行目（{status}）</source>
        <translation>Row {row} ({status})</translation>
    </message>
</context>
<context>
    <name>ImportRawTable</name>
    <message>
        <location filename="../../kodoku_desk/ui/import_parts.py" line="+36"/>
        <source>ファイルの先頭</source>
        <translation>Start of the file</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/user_dialog.py" line="-112"/>
        <source>もう一度（確認）</source>
        <translation>Repeat to confirm</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>入力内容を確かめてください。保存していません。</source>
        <translation>Please check your entries. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>鍵を作っています。少しお待ちください…</source>
        <translation>Creating the key. Please wait…</translation>
    </message>
</context>
<context>
    <name>KeysCard</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_parts.py" line="+227"/>
        <source>キー操作</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>選んだ方を受付</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>候補を選ぶ</source>
        <translation>Select</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>検索を消す</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しい参加者</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区分</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>LockTab</name>
    <message>
        <location filename="../../kodoku_desk/ui/lock_tab.py" line="-105"/>
        <source>この団体のすべての利用者に適用されます。</source>
        <translation>Applies to every user of this organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>自動ロック</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> 分</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作しないままこの時間が過ぎると、画面をロックして記録を隠します。初期値は10分です（{low}〜{high}分）。</source>
        <translation>After this long without activity, the screen locks and hides the records. Default: 10 minutes ({low}–{high}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このパソコンに記憶</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「このパソコンに記憶」を許可する</source>
        <translation>Allow “Remember on this computer”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>許可すると、管理者とスタッフは自分のパソコンでパスフレーズの入力を省けます（ボランティアには表示されません）。共用のパソコンでは許可しないでください。</source>
        <translation>When allowed, administrators and staff can skip typing the passphrase on their own computer (volunteers do not see the option). Do not allow it if computers are shared.</translation>
    </message>
</context>
<context>
    <name>LonelinessTrendChart</name>
    <message>
        <location filename="../../kodoku_desk/ui/trend_chart.py" line="+48"/>
        <source>孤独感の推移（UCLA孤独感尺度の合計点）</source>
        <translation>Loneliness over time (UCLA loneliness scale total)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>まだアセスメントの記録はありません</source>
        <translation>No assessments recorded yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>最新 {score}点（{date}）</source>
        <translation>Latest {score} points ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>、前回 {score}点（{date}）</source>
        <translation>, previous {score} points ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>最新（{date}）は得点なし（未回答の設問あり）</source>
        <translation>Latest ({date}) has no score (a question was not answered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>、得点のある最新 {score}点（{date}）</source>
        <translation>, latest scored {score} points ({date})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UCLA孤独感尺度 3項目の合計（3～12点、高いほど孤独感が強い）</source>
        <translation>UCLA 3-item total (3–12 points; higher means lonelier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ は得点なし（3問すべての回答がない回）</source>
        <translation>○ = no score (not all three questions answered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>直近{count}回を表示</source>
        <translation>Showing the latest {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kodoku_desk/ui/main_window.py" line="+121"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>メニュー</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事者</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り記録</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所</source>
        <translation>Drop-in places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>関係機関</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ロック</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>フォローアップ</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>レポート</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>離席するときは画面をロックします（Ctrl+L）</source>
        <translation>Lock the screen when you step away (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>（お試し用データ）</source>
        <translation> (sample data)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>お試し用のサンプルデータです。登場する人や記録はすべて架空です。実際の方の情報は入力しないでください。</source>
        <translation>This is sample data for trying the app. All people and records are invented. Do not enter real people&apos;s information.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本番のデータベースを作る…</source>
        <translation>Create the real database…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ロック(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本番のデータベースを作る(&amp;N)…</source>
        <translation>Create the &amp;real database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移動(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>言語(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}（{username}）・{role}</source>
        <translation>{name} ({username}) · {role}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>言語</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表示言語の変更は、つながりデスクを次に起動したときに反映されます。</source>
        <translation>The new language will be used the next time you start Kodoku Desk.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kodoku_desk/ui/messages.py" line="+13"/>
        <source>ファイルは変更していません。</source>
        <translation>No file was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>パスフレーズが違います。大文字と小文字、入力モード（かな／英数）を確かめて、もう一度入力してください。</source>
        <translation>Wrong passphrase. Check upper and lower case and the keyboard input mode (kana or alphanumeric), then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このデータベースに「{username}」という利用者はいません。利用者名を確かめてください。</source>
        <translation>There is no user “{username}” in this database. Check the user name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>この利用者は無効にされているため開けません。管理者に連絡してください。</source>
        <translation>This user has been disabled and cannot open the database. Please contact your administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>鍵ファイル（データベースと同じ名前で末尾が .keys のファイル）が見つかりません。データベースと同じフォルダーにあるか確かめ、なければバックアップから両方を復元してください。</source>
        <translation>The key file (same name as the database, ending in .keys) is missing. Check that it is in the same folder as the database; if it is not, restore both files from a backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>鍵ファイル（.keys）が壊れています。バックアップから復元してください。</source>
        <translation>The key file (.keys) is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>鍵ファイル（.keys）が書き換えられたか、古いコピーに置き換えられています。安全のため開きません。管理者に連絡し、最新のバックアップを確かめてください。</source>
        <translation>The key file (.keys) has been altered or replaced with an older copy, so it will not be opened, for safety. Contact your administrator and check your latest backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>データベースファイルが見つかりません。保存場所を確かめ、「別のファイルを選ぶ」から選んでください。</source>
        <translation>The database file was not found. Check where it is kept and select it with “Choose another file”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>データベースファイルが途中で切れています。バックアップから復元してください。</source>
        <translation>The database file is cut short. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>データベースファイルが壊れているため開けません。バックアップから復元してください。</source>
        <translation>The database file is damaged and cannot be opened. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このファイルはつながりデスクの暗号化データベースではありません。正しいファイル（.kdesk）を選んでください。</source>
        <translation>This file is not an encrypted Kodoku Desk database. Choose the right file (.kdesk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このデータベースは新しいバージョンのつながりデスクで更新されています。アプリを最新版に更新してから開いてください。</source>
        <translation>This database was updated by a newer version of Kodoku Desk. Update the app, then open it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>鍵ファイル（.keys）が別のデータベースのものです。データベースと同じときに保存した鍵ファイルを同じフォルダーに置いてください。</source>
        <translation>The key file (.keys) belongs to another database. Put the key file saved together with this database in the same folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このデータベースは別のウィンドウかパソコンで使用中です。そちらを閉じてから、もう一度開いてください。</source>
        <translation>This database is in use in another window or on another computer. Close it there, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>その場所にはすでにデータベースがあります。別の場所を選ぶか、既存のデータベースを開いてください。</source>
        <translation>There is already a database at that location. Choose another location or open the existing database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>パスフレーズが短すぎます。8文字以上にしてください。長い文章のようなパスフレーズがおすすめです。</source>
        <translation>The passphrase is too short. Use at least 8 characters; a long phrase, like a short sentence, works best.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>利用者名は半角の英字か数字で始め、半角英数字と「.」「_」「-」だけで32文字以内にしてください。</source>
        <translation>A user name starts with a letter or digit and has at most 32 letters, digits, “.”, “_” or “-”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>この操作は有効な管理者だけができます。</source>
        <translation>Only an active administrator can do this.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>これを削除するとデータベースを開く方法がなくなるため、削除できません。</source>
        <translation>This cannot be removed: nobody would be able to open the database any more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指定された鍵が見つかりません。画面を開き直してもう一度お試しください。</source>
        <translation>That key was not found. Reopen this screen and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回復キーが違います。印刷した回復キーを確かめて入力してください（ハイフンや空白はあってもなくてもかまいません）。</source>
        <translation>Wrong recovery key. Check the printed recovery key and type it again (hyphens and spaces are optional).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>「{username}」は有効な管理者ではありません。管理者の利用者名を入力してください。</source>
        <translation>“{username}” is not an active administrator. Enter an administrator&apos;s user name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>予期しないエラーが起きました。もう一度お試しください。続く場合は、次の詳細を添えて管理者に連絡してください。</source>
        <translation>Something unexpected went wrong. Please try again. If it keeps happening, contact your administrator with the details below.</translation>
    </message>
</context>
<context>
    <name>MonthCombo</name>
    <message>
        <location filename="../../kodoku_desk/ui/first_run_org.py" line="+24"/>
        <source>{month}月</source>
        <translation>Month {month}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/user_dialog.py" line="+93"/>
        <source>パスフレーズを再設定</source>
        <translation>Reset passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さん（{username}）の新しいパスフレーズを決めます。いまのパスフレーズは使えなくなります。新しいパスフレーズは本人に直接伝えてください。</source>
        <translation>Set a new passphrase for {name} ({username}). The current passphrase will stop working. Give the new one to the person directly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>権限を変更</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さん（{username}）の権限を変えます。権限は鍵に書き込まれているため、変更と同時に新しいパスフレーズを決めて本人に伝えてください。「このパソコンに記憶」も解除されます。</source>
        <translation>Change the role of {name} ({username}). The role is written into the key, so set a new passphrase at the same time and give it to the person. “Remember on this computer” is also cleared.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>利用を再開</source>
        <translation>Re-enable user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さん（{username}）がまた使えるようにします。新しいパスフレーズを決めて本人に直接伝えてください。</source>
        <translation>Let {name} ({username}) use the app again. Set a new passphrase and give it to the person directly.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いまの権限</source>
        <translation>Current role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新しい権限</source>
        <translation>New role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスフレーズ</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>新しい権限を選んでください。</source>
        <translation>Choose the new role.</translation>
    </message>
</context>
<context>
    <name>NextCheckin</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_parts.py" line="-138"/>
        <source>次に受付する方の参加者区分</source>
        <translation>Participant category for the next check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「自動」は生年月日と前回の区分から決めます。F6 で次の区分、Shift+F6 で前の区分</source>
        <translation>“Auto” uses the date of birth and the previous category. F6: next category, Shift+F6: previous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>次の受付：</source>
        <translation>Next check-in:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>次の受付を「{role}」として記録します</source>
        <translation>Record the next check-in as “{role}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>区分：自動</source>
        <translation>Category: auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>区分：{category}</source>
        <translation>Category: {category}</translation>
    </message>
</context>
<context>
    <name>OrgStep</name>
    <message>
        <location filename="../../kodoku_desk/ui/first_run_org.py" line="+13"/>
        <source>つながりデスクへようこそ</source>
        <translation>Welcome to Kodoku Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>はじめに、団体のことを教えてください。あとから「設定 › 団体」で変えられます。</source>
        <translation>First, tell us about your organisation. You can change this later under Settings › Organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>例：NPO法人つながりの会</source>
        <translation>e.g. Tsunagari NPO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>例：
中央地区
東小学校区
北部民生委員地区</source>
        <translation>e.g.
Central district
East school district
North welfare volunteer district</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>団体名</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度の開始月</source>
        <translation>Fiscal year starts in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集計やレポートの「年度」が始まる月です。ふつうは4月です。</source>
        <translation>The month the fiscal year of totals and reports begins; usually April.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地区</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>集計に使う地区（小学校区や民生委員の担当地区など）を1行に1つ入れます。空のままでもかまいません。Ctrl+Enter で次へ進みます。</source>
        <translation>The districts used for totals (school districts, welfare volunteer areas …), one per line. May be left empty. Ctrl+Enter goes to the next step.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>まずはサンプルデータで試す</source>
        <translation>Try it with sample data first</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>架空の当事者や記録が入ったお試し用のデータベースを別のファイルに作って開きます。本番のデータベースはあとで作れます。</source>
        <translation>Creates and opens a trial database with invented people and records, in a separate file. You can create the real database later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>既存のデータベースを開く…</source>
        <translation>Open an existing database…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>サンプルデータを開く</source>
        <translation>Open the sample data</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/organization_dialog.py" line="+40"/>
        <source>関係機関を編集</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>関係機関を追加</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>機関名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：中央地域包括支援センター</source>
        <translation>e.g. Central community general support center</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>担当者</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：相談員 佐藤さん</source>
        <translation>e.g. Ms Sato, counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未選択）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孤独・孤立対策地域協議会の構成機関等</source>
        <translation>Member of the regional council on loneliness and isolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域協議会</source>
        <translation>Regional council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>協議会の名称</source>
        <translation>Council name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：〇〇市孤独・孤立対策地域協議会</source>
        <translation>e.g. XX City regional council on loneliness and isolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：受付は平日9時〜17時</source>
        <translation>e.g. open weekdays 9:00–17:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用中（つなぎ先として選べる）</source>
        <translation>In use (can be chosen as a destination)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>OrganizationTab</name>
    <message>
        <location filename="../../kodoku_desk/ui/organization_tab.py" line="+30"/>
        <source>団体名はウィンドウの題名、レポート、回復キーの用紙に出ます。年度の開始月は、年度ごとの集計とレポートの区切りになります。</source>
        <translation>The organisation name appears in the window title, reports and the recovery key sheet. The fiscal year start month divides yearly totals and reports.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>団体名</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度の開始月</source>
        <translation>Fiscal year starts in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふつうは4月です。定款で事業年度が違う月から始まる団体は、その月を選びます。</source>
        <translation>Usually April. If your articles of incorporation start the business year in another month, choose that month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地区</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>集計の単位になる地区です。名前を選んで「名前を変更」するか、そのまま入力すると変えられます。記録で使われている地区は削除せず、使用をやめます。</source>
        <translation>The districts totals are counted by. Select one and click Rename, or just type, to change its name. A district that records use is not deleted but retired.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n件の地区を追加</source>
        <translation>
            <numerusform>%n district added</numerusform>
            <numerusform>%n districts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n件の名前を変更</source>
        <translation>
            <numerusform>%n renamed</numerusform>
            <numerusform>%n renamed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n件の使用を終了</source>
        <translation>
            <numerusform>%n retired</numerusform>
            <numerusform>%n retired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n件を再び使用</source>
        <translation>
            <numerusform>%n in use again</numerusform>
            <numerusform>%n in use again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n件を削除</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存しました（{changes}）。</source>
        <translation>Saved ({changes}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <comment>separator between list items</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存しました。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/organizations_model.py" line="+54"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>担当者</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域協議会</source>
        <translation>Regional council</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地域協議会の構成機関等</source>
        <translation>Member of the regional council</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}（使用停止）</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>構成機関等</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../kodoku_desk/ui/widgets.py" line="+18"/>
        <location line="+15"/>
        <source>表示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>入力したパスフレーズを表示します</source>
        <translation>Show the passphrase you typed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>隠す</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../kodoku_desk/ui/passphrase_fields.py" line="+23"/>
        <source>新しいパスフレーズ</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスフレーズ（確認）</source>
        <translation>New passphrase (again)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n}文字以上。記号を混ぜるより、長い文章のような言葉がおすすめです（例：さくら通りの朝ごはん）。全角・半角のどちらで入力しても同じに扱います。</source>
        <translation>At least {n} characters. A long phrase, like a short sentence, is better than mixing in symbols (e.g. breakfast on Sakura Street). Full-width and half-width characters count as the same.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>あと{left}文字必要です（いま{count}文字）。</source>
        <translation>Type {left} more (now {count}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ {count}文字。この長さなら使えます。</source>
        <translation>✓ {count} characters. Long enough.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n}文字以上にしてください（いまは{count}文字です）。</source>
        <translation>Use at least {n} characters (now {count}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>確認用のパスフレーズが一致しません。もう一度入力してください。</source>
        <translation>The two passphrases do not match. Please type them again.</translation>
    </message>
</context>
<context>
    <name>PassphraseTab</name>
    <message>
        <location filename="../../kodoku_desk/ui/passphrase_tab.py" line="+157"/>
        <source>{name}さん（{username}）がロックを解除するときのパスフレーズを変えます。記録は暗号化し直さず、鍵ファイル（.keys）だけが書き換わります。</source>
        <translation>Change the passphrase {name} ({username}) uses to unlock. The records are not re-encrypted; only the key file (.keys) is rewritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>いまのパスフレーズ</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスフレーズ</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>もう一度（確認）</source>
        <translation>Repeat to confirm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>パスフレーズを変更</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>パスフレーズは変更していません。</source>
        <translation>The passphrase has not been changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>いまのパスフレーズを入力してください。</source>
        <translation>Enter your current passphrase.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>パスフレーズを変更しました。次にロックを解除するときから、新しいパスフレーズを使ってください。</source>
        <translation>Passphrase changed. Use the new passphrase from the next unlock on.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/share_password.py" line="+29"/>
        <source>情報提供書のパスワード</source>
        <translation>Password of the information sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>情報提供書を作成しました</source>
        <translation>The information sheet was created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ファイル：{name}
提供先：{recipient}</source>
        <translation>File: {name}
Recipient: {recipient}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>このファイルを開くためのパスワード</source>
        <translation>Password to open this file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>コピー</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>パスワードをクリップボードにコピーします（しばらくすると自動で消えます）</source>
        <translation>Copies the password to the clipboard (it is cleared automatically after a while)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>・パスワードは提供先に電話など、ファイルとは別の方法で伝えてください。ファイルと同じメールや封筒に書かないでください。
・空白は読みやすくするためのもので、入力しません。数字の0・1と英字のO・I・Lは使っていません。
・このパスワードはどこにも保存されず、この画面を閉じると二度と表示できません。必要なら作り直してください（提供の記録は作り直した分も残ります）。</source>
        <translation>• Tell the recipient the password by another channel than the file, such as by phone. Do not write it in the same e-mail or envelope as the file.
• The spaces are only for reading; do not type them. The digits 0 and 1 and the letters O, I and L are not used.
• The password is not stored anywhere and cannot be shown again once this window is closed. If needed, create the file again (each file made is recorded).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>伝え方を確認して閉じる</source>
        <translation>I know how to pass it on — close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>コピーしました。貼り付けたら、クリップボードに残さないでください。</source>
        <translation>Copied. After pasting it, do not leave it on the clipboard.</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../../kodoku_desk/ui/pdf_view.py" line="+35"/>
        <source>PDFのプレビュー</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n}ページ目</source>
        <translation>Page {n}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../kodoku_desk/ui/people_page.py" line="+53"/>
        <source>当事者</source>
        <extracomment>Column widths in pixels at the default font (the last column stretches). A person was registered from this page (id of the new record).</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新規登録</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しい当事者を登録します（Ctrl+N）</source>
        <translation>Register a new person (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>見守りを記録</source>
        <translation>Log check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>選んだ方の見守りを記録します（Ctrl+R）</source>
        <translation>Log a check-in for the selected person (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel・CSVから取り込む…</source>
        <translation>Import from Excel or CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel や CSV の名簿から当事者をまとめて登録します</source>
        <translation>Register many people at once from an Excel or CSV roster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>氏名・ふりがな・電話番号・番号で検索</source>
        <translation>Search by name, reading, phone or number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>支援状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援中・休止</source>
        <translation>Active and paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援中</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>休止</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての状況</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>すべての地区</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての担当者</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>担当者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>すべての支援区分</source>
        <translation>All support categories</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡が途絶えている方のみ</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>当事者の一覧</source>
        <translation>List of people</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>さらに表示</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter：開く&#x3000;Ctrl+R：見守りを記録&#x3000;Ctrl+N：新規登録</source>
        <translation>Enter: open   Ctrl+R: log check-in   Ctrl+N: new person</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>該当 %n人</source>
        <comment>people found</comment>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../kodoku_desk/ui/people_section.py" line="+64"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>アセスメント</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>つなぎを記録</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>つなぎの結果を記録</source>
        <translation>Record referral outcome</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>本人開示（PDF）</source>
        <translation>Record for the person (PDF)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>本人開示_{name}.pdf</source>
        <translation>record_{name}.pdf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{pages}ページのPDFを保存しました。渡す前に、第三者の情報が含まれていないか確かめてください。
{path}</source>
        <translation>Saved a {pages}-page PDF. Before handing it over, check it contains no third party&apos;s information.
{path}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/people_model.py" line="+44"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ふりがな</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年齢</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>見守り頻度</source>
        <translation>Check-in frequency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最後の連絡</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n歳</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>記録なし</source>
        <translation>None recorded</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n日超過</source>
        <comment>days overdue</comment>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../kodoku_desk/ui/export_period.py" line="+30"/>
        <source>期間の種類</source>
        <translation>Period type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>四半期</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>半期</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年度</source>
        <translation> FY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>月・四半期・半期</source>
        <translation>Month, quarter or half</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>年</source>
        <comment>suffix after a calendar year, e.g. 2026年</comment>
        <translation> (year)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <comment>suffix after a fiscal year, e.g. 2026年度</comment>
        <translation> (FY)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>第{n}四半期（{range}）</source>
        <translation>Q{n} ({range})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>上半期</source>
        <translation>First half</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下半期</source>
        <translation>Second half</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>期間を選んでください。</source>
        <translation>Choose a period.</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/person_form.py" line="+67"/>
        <source>当事者の情報を編集</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当事者の新規登録</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存します（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>入力の破棄</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容は保存されていません。破棄して閉じますか？</source>
        <translation>What you entered has not been saved. Discard it and close?</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>基本情報</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>氏（姓）</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セイ</source>
        <translation>Family name reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ヤマダ</source>
        <translation>ヤマダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メイ</source>
        <translation>Given name reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>タロウ</source>
        <translation>タロウ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：昭和15年3月15日、S15.3.15、1940/3/15</source>
        <translation>e.g. 1940/3/15, 昭和15年3月15日, S15.3.15</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>（未選択）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>連絡先</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話2</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先 氏名</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>長女</source>
        <translation>e.g. eldest daughter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先 電話</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>〒</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村</source>
        <translation>City / ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町字</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丁目</source>
        <translation>Chōme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地・号</source>
        <translation>Block and number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方書</source>
        <translation>Building / room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建物名・部屋番号</source>
        <translation>Building name and room number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>見守り</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り頻度</source>
        <translation>Check-in frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯類型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>終了日</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年3月31日</source>
        <translation>e.g. 2027/3/31</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了理由</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登録日</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年4月1日</source>
        <translation>e.g. 2026/4/1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>特記事項</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当事者番号：{code}</source>
        <translation>Person number: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事者番号は保存すると自動で付きます。</source>
        <translation>A person number is given automatically when you save.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>入力内容を確かめてください。保存していません。</source>
        <translation>Please check the highlighted fields. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>西暦でも和暦でも入力できます。</source>
        <translation>Enter the date in the Western or Japanese calendar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date}は未来の日付です。生年月日を確かめてください。</source>
        <translation>{date} is in the future. Please check the date of birth.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/person_page.py" line="+92"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>この方の見守りを記録します（Ctrl+R）</source>
        <translation>Record a check-in with this person (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>アセスメント</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孤独感の評価（UCLA孤独感尺度ほか）を記録します</source>
        <translation>Record a loneliness assessment (UCLA scale and more)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>つなぎを記録</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関への紹介（つなぎ）を記録します</source>
        <translation>Record a referral to another organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本人開示（PDF）</source>
        <translation>Record for the person (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本人からの開示請求（個人情報保護法第33条）に応じて、この方の記録をすべてPDFにします</source>
        <translation>For a disclosure request by the person (APPI Art. 33): all of this person&apos;s records as a PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>支援会議用の情報提供…</source>
        <translation>Share for a support meeting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>孤独・孤立対策地域協議会の構成機関等に、必要な項目だけをパスワード付きのPDFで渡します（第三者提供記録に残ります）</source>
        <translation>Gives a member of the regional council on loneliness and isolation only the items needed, as a password-protected PDF (kept in the record of provision to third parties)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>一覧へ戻る</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当事者の一覧に戻ります（Alt+←）</source>
        <translation>Back to the list of people (Alt+Left)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>基本情報</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯類型</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>職員のみ閲覧</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>要介護度</source>
        <translation>Care level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>病歴</source>
        <translation>Medical history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員用メモ</source>
        <translation>Staff note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>孤独感の推移（UCLA 3～12点）</source>
        <translation>Loneliness over time (UCLA, 3–12)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>これまでの記録（新しい順）</source>
        <translation>History (newest first)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>これまでの記録</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>まだ記録はありません。</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>この当事者は見つかりません。削除された可能性があります。</source>
        <translation>This person was not found; the record may have been deleted.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{age}歳（{birth}生まれ）</source>
        <translation>Age {age} (born {birth})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>地区：{district}</source>
        <translation>District: {district}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>電話：{phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>見守り：{frequency}</source>
        <translation>Check-ins: {frequency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状況：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>担当：{workers}</source>
        <translation>Workers: {workers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>連絡が %n 日遅れています</source>
        <translation>
            <numerusform>Contact %n day overdue</numerusform>
            <numerusform>Contact %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>連絡の記録なし</source>
        <translation>No contact recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最後の連絡：{date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（最後の連絡：{date}）</source>
        <translation> (last contact: {date})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>記録なし</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（{date}に撤回）</source>
        <translation> (withdrawn {date})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&#x3000;ほか %n 件</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_dialog.py" line="+38"/>
        <source>居場所を編集</source>
        <translation>Edit drop-in place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>居場所を追加</source>
        <translation>Add drop-in place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>サロン・こども食堂など、参加者を受け付ける場所を登録します。</source>
        <translation>Register a place where participants check in, such as a community salon or a children&apos;s cafeteria (kodomo shokudō).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：ふれあいサロン中町</source>
        <translation>e.g. Fureai Salon Nakamachi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未選択）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開催予定</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>いつもの会場</source>
        <translation>Usual venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：中町会館 和室</source>
        <translation>e.g. Nakamachi Hall, tatami room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：13:30</source>
        <translation>e.g. 13:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：15:30</source>
        <translation>e.g. 15:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>いつもの時間</source>
        <translation>Usual time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開催を追加するときに最初から入ります（空欄でもかまいません）。</source>
        <translation>Filled in when you add a session (may be left blank).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用中（開催を登録できる）</source>
        <translation>In use (sessions can be added)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外すと休止扱いになり、新しい開催は登録できません。これまでの記録は残ります。</source>
        <translation>Untick to pause the place: no new sessions can be added. Past records stay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>PlaceHeader</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_parts.py" line="+48"/>
        <source>休止中</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>開催予定なし（不定期）</source>
        <translation>No fixed schedule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>会場：{venue}</source>
        <translation>Venue: {venue}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>時間：{time}</source>
        <translation>Time: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>地区：{district}</source>
        <translation>District: {district}</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_page.py" line="+51"/>
        <source>← 一覧へ戻る</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>居場所の一覧に戻ります（Alt+←）</source>
        <translation>Back to the list of drop-in places (Alt+←)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>居場所を編集</source>
        <translation>Edit drop-in place</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+70"/>
        <source>年度</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>予定から開催をまとめて作成</source>
        <translation>Create sessions from schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開催を追加</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>開催を1回分登録します（Ctrl+N）</source>
        <translation>Add a single session (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>居場所の登録・変更と開催のまとめて作成は、スタッフ・管理者だけができます。</source>
        <translation>Only staff and administrators can add or edit drop-in places and create sessions in bulk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+188"/>
        <source>受付を開く</source>
        <translation>Open check-in</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>選んだ開催の参加者受付の画面を開きます</source>
        <translation>Open the participant check-in screen for the selected session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開催を編集</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>選んだ開催を削除します（Delete）。受付の記録がある開催は削除できません。</source>
        <translation>Delete the selected session (Delete). Sessions with check-ins cannot be deleted.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>開催の一覧</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>月別の集計（年度）</source>
        <translation>Monthly totals (fiscal year)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>休止中の居場所には開催を登録できません。「居場所を編集」で使用中に戻してください。</source>
        <translation>Sessions cannot be added to a paused place. Put it back in use with “Edit drop-in place”.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>開催 %n 回</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>（うち予定 %n 回）</source>
        <translation>
            <numerusform> (%n planned)</numerusform>
            <numerusform> (%n planned)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>この年度の開催はまだありません。「開催を追加」か「予定から開催をまとめて作成」で登録してください。</source>
        <translation>No sessions in this fiscal year yet. Use “Add session” or “Create sessions from schedule”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>受付を開く（{date}）</source>
        <translation>Open check-in ({date})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>「{name}」を保存しました。</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{date}の開催を保存しました。</source>
        <translation>Saved the session of {date}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>開催の削除</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}の開催を削除しますか？
元に戻すことはできません。</source>
        <translation>Delete the session of {date}?
This cannot be undone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{date}の開催を削除しました。</source>
        <translation>Deleted the session of {date}.</translation>
    </message>
</context>
<context>
    <name>PlaceYearTable</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_year_table.py" line="+119"/>
        <source>月別の集計（年度）</source>
        <translation>Monthly totals (fiscal year)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>延べ人数は参加者（登録者）と匿名参加者の合計で、ボランティア・スタッフを含みません。合計欄の実人数は年間の実人数です（各月の合計ではありません）。</source>
        <translation>Total visits count registered and anonymous participants, without volunteers and staff. In the Total row, Unique people counts each person once for the whole year (it is not the sum of the months).</translation>
    </message>
</context>
<context>
    <name>PlacesListPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/places_page.py" line="+81"/>
        <source>居場所</source>
        <extracomment>How far ahead 「次回の開催」 looks. Sessions 「今日の受付」 created, not yet used: deleted again when the check-in screen is left while they have no check-ins and no walk-ins. Kept for the whole application (not per window), so a lock and unlock on the check-in screen keeps it.</extracomment>
        <translation>Drop-in places</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>使用をやめた居場所も表示</source>
        <translation>Show places no longer in use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日の受付</source>
        <translation>Today&apos;s check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+131"/>
        <source>選んだ居場所の今日の開催を開き、参加者の受付を始めます（開催がまだなければ、登録するか確かめます）</source>
        <translation>Opens today&apos;s session of the selected place and starts checking people in (if there is no session yet, asks whether to register one)</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所のページを開きます（Enter）</source>
        <translation>Open the place&apos;s page (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>居場所を追加</source>
        <translation>Add drop-in place</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>居場所の登録・変更は、スタッフ・管理者だけができます。</source>
        <translation>Only staff and administrators can add or edit drop-in places.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>居場所の一覧</source>
        <translation>List of drop-in places</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>使用中 %n か所</source>
        <translation>
            <numerusform>%n in use</numerusform>
            <numerusform>%n in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>・休止 %n か所</source>
        <translation>
            <numerusform> · %n paused</numerusform>
            <numerusform> · %n paused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>居場所はまだ登録されていません。「居場所を追加」から登録してください。</source>
        <translation>No drop-in places yet. Use “Add drop-in place” to register one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所はまだ登録されていません。スタッフに登録を依頼してください。</source>
        <translation>No drop-in places yet. Ask a staff member to register one.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>休止中の居場所では受付できません。</source>
        <translation>Check-in is not possible at a paused place.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>本日（{date}）の開催はまだ登録されていません。開催を登録して受付を始めますか？</source>
        <translation>No session is registered for today ({date}) yet. Register a session and start check-in?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>※ 本日は予定表の開催日ではありません。</source>
        <translation>Note: today is not one of the scheduled days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>いつもの開催予定：{schedule}</source>
        <translation>Usual schedule: {schedule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>開催の登録</source>
        <translation>Register a session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>誰も受付しないまま受付の画面を離れると、この開催の登録は取り消されます。</source>
        <translation>If you leave the check-in screen without checking anyone in, this session is removed again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登録して受付を始める</source>
        <translation>Register and start check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>「{name}」を追加しました。</source>
        <translation>Added “{name}”.</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/places_model.py" line="+73"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>開催予定</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>いつもの時間</source>
        <translation>Usual time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次回の開催</source>
        <translation>Next session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>不定期</source>
        <translation>Irregular</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date}（予定・未登録）</source>
        <translation>{date} (planned, not registered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>休止</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>開催予定表による日付です。開催はまだ登録されていません。</source>
        <translation>The date follows the place&apos;s schedule; the session has not been registered yet.</translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <location filename="../../kodoku_desk/ui/places_section.py" line="+116"/>
        <source>受付がなかったため、{date}の開催の登録を取り消しました。</source>
        <translation>Nobody was checked in, so the session on {date} was removed again.</translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_quick.py" line="+56"/>
        <source>新しい参加者を登録して受付</source>
        <translation>Register and check in a new participant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名簿にない方を登録します。氏名・ふりがな・区分だけで登録でき、次回から名前で探せます。Enter で登録、Esc でやめる。</source>
        <translation>For someone not on the list. Name, reading and category are enough; next time they can be found by name. Enter registers, Esc cancels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓（例：山田）</source>
        <translation>Family name (e.g. 山田)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名（例：太郎）</source>
        <translation>Given name (e.g. 太郎)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セイ（例：ヤマダ）</source>
        <translation>Family (e.g. ヤマダ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メイ（例：タロウ）</source>
        <translation>Given (e.g. タロウ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>参加者区分</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ふりがな</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>登録して受付（Enter）</source>
        <translation>Register and check in (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>やめる（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>RecipientChooser</name>
    <message>
        <location filename="../../kodoku_desk/ui/share_recipient.py" line="+23"/>
        <source>名称・協議会名で絞り込み（↓で一覧へ）</source>
        <translation>Filter by name or council (↓ to the list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>提供先</source>
        <translation>Recipient</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/record_form.py" line="+32"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>キャンセル（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>入力内容を確かめてください。保存していません。</source>
        <translation>Please check your entries. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>入力の破棄</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容は保存されていません。破棄して閉じますか？</source>
        <translation>What you entered has not been saved. Discard it and close?</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/recover_dialog.py" line="+32"/>
        <source>回復キーで開く</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保管してある回復キーと管理者の利用者名を入力し、新しいパスフレーズを決めてください。これまでのパスフレーズは使えなくなります。</source>
        <translation>Enter the recovery key you kept and the administrator&apos;s user name, then choose a new passphrase. The old passphrase will stop working.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>回復キー</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理者の利用者名</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスフレーズ</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8文字以上。長い文章のようなパスフレーズがおすすめです</source>
        <translation>At least 8 characters. A long phrase, like a short sentence, works best.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新しいパスフレーズ（確認）</source>
        <translation>New passphrase (again)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>回復キーを入力してください。</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>管理者の利用者名を入力してください。</source>
        <translation>Enter the administrator&apos;s user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>8文字以上にしてください（いまは{count}文字です）。</source>
        <translation>Use at least 8 characters (now {count}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確認用のパスフレーズが一致しません。もう一度入力してください。</source>
        <translation>The two passphrases do not match. Please type them again.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/recovery_page.py" line="+26"/>
        <source>回復キー</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>パスフレーズを忘れたときは、この回復キーでデータベースを開けます。回復キーを印刷するか書き写して、事務所の金庫など安全な場所に保管してください。二度と表示されません。</source>
        <translation>If a passphrase is forgotten, this recovery key opens the database. Print it or copy it by hand and keep it somewhere safe, such as the office safe. It will never be shown again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>回復キーをコピー</source>
        <translation>Copy recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用紙をPDFで保存…</source>
        <translation>Save sheet as PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>使い方の説明つきの回復キー用紙（A4）を保存します。印刷したらファイルは削除してください</source>
        <translation>Save an A4 recovery key sheet with instructions. Delete the file once it is printed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>この回復キーがあれば誰でもデータを開けます。メールで送ったり、パソコンに保存したままにしたりしないでください。</source>
        <translation>Anyone with this recovery key can open the data. Do not email it or leave it saved on a computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回復キーを安全な場所に保管しました</source>
        <translation>I have stored the recovery key in a safe place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続ける</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>コピーしました。貼り付けて印刷したら、コピーした内容は消してください。</source>
        <translation>Copied. After pasting and printing it, delete what you pasted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>つながりデスク 回復キー</source>
        <translation>Kodoku Desk recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>団体名</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作成日</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズを忘れたときは、この回復キーでデータベースを開けます。</source>
        <translation>If a passphrase is forgotten, this recovery key opens the database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事務所の金庫など安全な場所に保管してください。</source>
        <translation>Keep it somewhere safe, such as the office safe.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>回復キーの用紙を保存</source>
        <translation>Save the recovery key sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回復キー.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存できませんでした：{error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存しました。印刷したら、このファイルは削除してください。</source>
        <translation>Saved. Once it is printed, delete this file.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/referral_dialog.py" line="+91"/>
        <source>つなぎを記録</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さん</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：令和8年11月27日、R8.11.27、2026/11/27</source>
        <translation>e.g. 2026/11/27, 令和8年11月27日, R8.11.27</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紹介日</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>名簿にない機関（種類だけ記録）</source>
        <translation>Not in the directory (record the kind only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名簿に登録された機関はまだありません。「関係機関の名簿」で追加できます。</source>
        <translation>No organisations in the directory yet. Add them under “Organisations”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名簿にない機関は、一覧の最後の項目を選んで種類を選びます。</source>
        <translation>For an organisation not in the directory, choose the last item and then its kind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>つなぎ先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：介護保険の申請について相談したいとのこと</source>
        <translation>e.g. wants advice on applying for long-term care insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年11月27日</source>
        <translation>e.g. 2026/11/27 or 令和8年11月27日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果の日付</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果・経過</source>
        <translation>Outcome and progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：11/30に包括の担当者が自宅を訪問予定</source>
        <translation>e.g. the support center will visit on 30 Nov</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <location line="+115"/>
        <source>つなぎの結果を記録</source>
        <translation>Record referral outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さん</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>つなぎ先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紹介日</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年11月27日</source>
        <translation>e.g. 2026/11/27 or 令和8年11月27日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結果の日付</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果・経過</source>
        <translation>Outcome and progress</translation>
    </message>
</context>
<context>
    <name>RememberSection</name>
    <message>
        <location filename="../../kodoku_desk/ui/passphrase_tab.py" line="-218"/>
        <source>このパソコンに記憶</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このパソコンに記憶する</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>このパソコンの記憶を消す</source>
        <translation>Forget this computer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>このパソコン（{host}）にあなたの鍵を記憶しています。ロックの解除でパスフレーズを入力しなくても開けます。使わなくなるときや、ほかの人も使うようになるときは記憶を消してください。</source>
        <translation>Your key is remembered on this computer ({host}), so you can unlock without typing the passphrase. Forget it when you stop using this computer or when others start using it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>このパソコン（{host}）にあなたの鍵を記憶すると、ロックの解除でパスフレーズを入力しなくても開けます。鍵はパソコンの資格情報の保管庫に入り、パスフレーズもこれまでどおり使えます。共用のパソコンでは記憶しないでください。</source>
        <translation>If you remember your key on this computer ({host}), you can unlock without typing the passphrase. The key goes into the computer&apos;s credential store, and your passphrase keeps working. Do not do this on a shared computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>管理者が「このパソコンに記憶」を許可していないため、使えません。必要なときは管理者に相談してください。</source>
        <translation>Not available: the administrator has not allowed “Remember on this computer”. Ask your administrator if you need it.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>このパソコンに記憶しました。次からはロックの解除で「このパソコンに記憶した鍵で開く」を使えます。</source>
        <translation>Remembered on this computer. From now on you can unlock with “Open with the key remembered here”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>このパソコンの記憶を消しました。次からはパスフレーズで開いてください。</source>
        <translation>This computer has forgotten your key. From now on, open with your passphrase.</translation>
    </message>
</context>
<context>
    <name>ReportPdfPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/report_pdf_page.py" line="+55"/>
        <source>月次報告（PDF）</source>
        <translation>Monthly report (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>理事会・事務所・助成元に渡す月次活動報告をPDFで作ります。「外部提出用」は秘匿処理した集計値だけで、名前は載りません。「内部用」は連絡が途絶えている方や未完了のフォローアップを氏名つきで載せ、全ページに「取扱注意」と入ります。保存・印刷は記録に残ります。</source>
        <translation>Makes the monthly activity report as a PDF for the board, the office and funders. “External” has only suppressed totals and no names. “Internal” lists overdue people and open follow-ups by name, with 取扱注意 (confidential) on every page. Saving and printing are logged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>月次報告の作成はスタッフ・管理者だけが行えます。ボランティアのアカウントでは利用できません。</source>
        <translation>Only staff and administrators can make monthly reports; volunteer accounts cannot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>報告の種類</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外部提出用（集計値のみ）</source>
        <translation>External (totals only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内部用（氏名あり・取扱注意）</source>
        <translation>Internal (names, confidential)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>作成</source>
        <translation>Make</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+57"/>
        <source>種類と期間を選んで「作成」を押すと、ここにページが表示されます。</source>
        <translation>Choose the kind and period and press Make; the pages appear here.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>報告を作っています。大きなデータでは少し時間がかかります…</source>
        <translation>Making the report; with a lot of data this takes a while…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>プレビューを表示できません（{reason}）。保存はできます。</source>
        <translation>The preview cannot be shown ({reason}); saving still works.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}：{pages}ページ。内容を確かめてから保存・印刷してください。</source>
        <translation>{title}: {pages} pages. Check them before saving or printing.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>報告を保存</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存しています…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>「{name}」に保存しました（出力の記録に残しました）。</source>
        <translation>Saved to “{name}” (logged).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>報告を印刷</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>印刷用の画像を作っています…</source>
        <translation>Preparing pages for printing…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{n}ページを印刷に送りました（印刷の記録に残しました）。</source>
        <translation>Sent {n} pages to the printer (logged).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/reports_page.py" line="+16"/>
        <source>匿名の集計表</source>
        <translation>Anonymous summary tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>月次報告（PDF）</source>
        <translation>Monthly report (PDF)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/restore_dialog.py" line="+45"/>
        <source>バックアップから復元</source>
        <extracomment>Errors about the backup file itself get a message that names the backup.</extracomment>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>このバックアップを作ったときの、管理者の利用者名とパスフレーズを入力してください。バックアップの中身を確かめてから、復元するかどうかを選べます。</source>
        <translation>Enter an administrator&apos;s user name and the passphrase in use when this backup was made. You can check what it contains before deciding to restore.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズ</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>確かめる</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>復元する</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>このバックアップは壊れているか、途中で切れているため使えません。別のバックアップを選んでください。いまのデータベースは変更していません。</source>
        <translation>This backup is damaged or incomplete and cannot be used. Choose another backup. The current database has not been changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>利用者名とパスフレーズを入力してください。</source>
        <translation>Enter the user name and passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>バックアップを確かめています。しばらくお待ちください…</source>
        <translation>Checking the backup. Please wait…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} のバックアップです。
当事者 {people} 人・見守り記録 {visits} 件・居場所の参加 {attendance} 件</source>
        <translation>Backup of {date}.
{people} people · {visits} check-ins · {attendance} drop-in attendances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>このバックアップは別のデータベースのものです。復元できません。</source>
        <translation>This backup belongs to another database and cannot be restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>復元すると、このバックアップのあとに入力した記録は見えなくなります。いまのデータベースは消さずに、名前に「before-restore」を付けて同じフォルダーに残します。復元のあとは、このバックアップを作ったときのパスフレーズで開きます。</source>
        <translation>After restoring, records entered since this backup will not be visible. The current database is kept in the same folder with “before-restore” in its name. Afterwards, open it with the passphrase in use when the backup was made.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>バックアップを写して確かめています…</source>
        <translation>Copying and checking the backup…</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_results.py" line="+22"/>
        <source>見つかった方</source>
        <translation>People found</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <location filename="../../kodoku_desk/ui/user_dialog.py" line="-93"/>
        <source>すべての記録に加えて、利用者・設定・バックアップ・書き出しを扱えます。</source>
        <translation>All records, plus users, settings, backups and exports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>すべての当事者の記録、アセスメント、つなぎ、レポートを扱えます。</source>
        <translation>All people&apos;s records, assessments, referrals and reports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>担当の方の見守り記録と居場所の受付だけを扱えます。アセスメント、書き出し、設定はできません。</source>
        <translation>Only check-ins for assigned people and drop-in check-in; no assessments, exports or settings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_model.py" line="+65"/>
        <source>時刻</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>区分</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>新規</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_roster.py" line="+37"/>
        <source>選んだ受付を取り消す（Delete）</source>
        <translation>Remove selected check-in (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名簿で選んだ方の受付を取り消します。人数からも外れます</source>
        <translation>Remove the check-in of the person selected in the list; they also leave the counts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>受付済みの方の一覧</source>
        <translation>People checked in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>まだ誰も受付していません。</source>
        <translation>Nobody has checked in yet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>受付済み（{n}人）</source>
        <translation>Checked in ({n})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>受付の取り消し</source>
        <translation>Remove check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さんの受付（{time}）を取り消しますか？人数からも外れます。</source>
        <translation>Remove the check-in of {name} ({time})? They also leave the counts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取り消す</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_fields.py" line="+147"/>
        <source>毎週</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>毎月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>決まっていない</source>
        <translation>Not fixed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>曜日</source>
        <translation>Day of the week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月曜日</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>火曜日</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>水曜日</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>木曜日</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>金曜日</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>土曜日</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日曜日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>第何週：</source>
        <translation>Weeks:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>最終</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第{n}</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>その月の最後の曜日（第4または第5）</source>
        <translation>The last such weekday of the month (the 4th or 5th)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>毎月の場合は、第何週かを1つ以上選んでください。</source>
        <translation>For a monthly schedule, choose at least one week.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>開催予定なし（不定期）</source>
        <translation>No fixed schedule</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/series_dialog.py" line="+47"/>
        <source>予定から開催をまとめて作成</source>
        <translation>Create sessions from schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作成（Ctrl+Enter）</source>
        <translation>Create (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>例：令和8年4月1日</source>
        <translation>e.g. 2026/4/1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>開始日</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>例：令和9年3月31日</source>
        <translation>e.g. 2027/3/31</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>終了日</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>この居場所には開催予定が登録されていません。ここで選んだ予定で作成します。</source>
        <translation>This place has no schedule registered; sessions are created from the schedule chosen here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>開催予定</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>祝日を除く</source>
        <translation>Skip public holidays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年末年始（12月29日〜1月3日）を除く</source>
        <translation>Skip the New Year break (29 Dec – 3 Jan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>除外する日</source>
        <translation>Days to skip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>作成／除外</source>
        <translation>Create / skip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>作成される開催の一覧</source>
        <translation>Sessions to be created</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{label}を入力してください。</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>作成します</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>除外：{reason}</source>
        <translation>Skip: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>期間と開催予定を確かめてください。</source>
        <translation>Check the period and the schedule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>この期間に開催予定の日はありません。</source>
        <translation>The schedule has no dates in this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>作成する開催：{n}回&#x3000;除外する日：{m}日</source>
        <translation>Sessions to create: {n}   Days skipped: {m}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{n}回の開催を作成しました（{m}日は祝日などのため除外）</source>
        <translation>Sessions created: {n} (days skipped for holidays etc.: {m})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}回の開催を作成しました</source>
        <translation>Sessions created: {n}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/session_dialog.py" line="+43"/>
        <source>開催を編集</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>開催を追加</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>例：令和8年4月14日、2026/4/14</source>
        <translation>e.g. 2026/4/14 or 令和8年4月14日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催日</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：13:30</source>
        <translation>e.g. 13:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：15:30</source>
        <translation>e.g. 15:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>時間</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>活動形態</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プログラム内容</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：健康体操と茶話会、カレーライス</source>
        <translation>e.g. keep-fit exercises and tea, curry and rice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 食</source>
        <translation> meals</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>提供食数</source>
        <translation>Meals served</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>参加費（円）</source>
        <translation>Fee (yen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_parts.py" line="-105"/>
        <source>← 戻る</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>開催の一覧に戻ります（Alt+←）</source>
        <translation>Back to the sessions (Alt+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>受付</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{place}&#x3000;受付</source>
        <translation>{place}: check-in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>会場：{venue}</source>
        <translation>Venue: {venue}</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/places_model.py" line="+35"/>
        <source>開催日</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>時間</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>活動形態</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>プログラム</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提供食数</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>参加費</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{date}・今日</source>
        <translation>{date} · today</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>無料</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n}円</source>
        <translation>¥{n}</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_parts.py" line="+23"/>
        <source>開催の一覧</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../kodoku_desk/ui/lock_tab.py" line="-79"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>保存しました。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/settings_page.py" line="+40"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>利用者</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>団体</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>自分のパスフレーズ</source>
        <translation>My passphrase</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>ロックと記憶</source>
        <translation>Lock and devices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>集計の秘匿基準</source>
        <translation>Suppression thresholds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>監査ログ</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>団体の設定、利用者の管理、自動ロック、集計の基準、監査ログは管理者だけが設定できます。変更が必要なときは管理者に相談してください。</source>
        <translation>Only administrators can change the organisation settings, users, auto-lock, reporting thresholds and the audit log. Ask an administrator when something needs changing.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/share_dialog.py" line="+61"/>
        <source>支援会議用の情報提供</source>
        <extracomment>DOMAIN.md §6.2 (c): 氏名・フリガナ・地区・支援経過要約・依頼事項.</extracomment>
        <translation>Sharing for a support meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孤独・孤立対策地域協議会の構成機関等に、この方の必要な項目だけをパスワード付きのPDFで渡します。提供先・根拠・項目は第三者提供記録に残ります。</source>
        <translation>Gives a member of the regional council on loneliness and isolation only the items needed about this person, as a password-protected PDF. The recipient, legal basis and items are kept in the record of provision to third parties.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>作成（Ctrl+Enter）</source>
        <translation>Create (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>対象：{name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>関係機関の名簿で「地域協議会の構成機関等」とした機関だけが選べます。</source>
        <translation>Only organisations marked as members of a regional council in the directory can be chosen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地域協議会の構成機関等として登録された関係機関がありません。先に関係機関の名簿で登録してください。</source>
        <translation>No organisation is registered as a member of a regional council. Register one in the directory first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提供先(&amp;T)</source>
        <translation>Recipien&amp;t</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本人同意（この協議会での情報共有に同意を得ている）</source>
        <translation>Consent of the person (consented to sharing within this council)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法令に基づく求め（協議会からの情報提供の求め）</source>
        <translation>Request under the law (the council asked for the information)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生命・身体の保護（本人の同意を得ることが困難）</source>
        <translation>Protection of life or body (consent cannot be obtained)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>提供の根拠(&amp;B)</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人同意は、同意の記録にこの協議会での情報共有が含まれているときだけ選べます。</source>
        <translation>Consent can be chosen only when the person&apos;s consent record covers sharing within this council.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>フリガナ</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年齢</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>電話番号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯類型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近の見守りの状況</source>
        <translation>Recent check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援経過の要約</source>
        <translation>Summary of support so far</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依頼事項</source>
        <translation>What is asked of the recipient</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>提供する項目(&amp;I)</source>
        <translation>&amp;Items to provide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>協議に必要な最小限の項目を選んであります。ほかは必要なときだけ加えます。</source>
        <translation>The minimum items needed for the meeting are ticked. Add others only when they are needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>支援経過の要約(&amp;S)</source>
        <translation>&amp;Summary of support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依頼事項(&amp;Q)</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提供の理由(&amp;R)（必須）</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：12月の支援調整会議での協議のため（法令に基づく求めなら求めの内容、生命・身体の保護なら緊急の事情）。</source>
        <translation>e.g. for the support coordination meeting in December (for a request under the law, what was requested; for protection of life or body, the emergency).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>保存先(&amp;F)</source>
        <translation>Save to (&amp;F)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>参照…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ファイル名には氏名を入れないでください（ファイル名は暗号化されません）。</source>
        <translation>Do not put the person&apos;s name in the file name (file names are not encrypted).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>情報提供書の保存先</source>
        <translation>Where to save the information sheet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>提供先を一覧から選んでください。</source>
        <translation>Choose the recipient from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>提供の根拠を選んでください。</source>
        <translation>Choose the legal basis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提供する項目を1つ以上選んでください。</source>
        <translation>Choose at least one item to provide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>項目に選んだので記入してください（不要なら項目の選択を外します）。</source>
        <translation>This item is ticked, so fill it in (or untick the item if it is not needed).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提供の理由を記入してください。記入がないと作成できません。</source>
        <translation>Enter the reason for providing the information. The file cannot be created without it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存先を選んでください。</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存先のフォルダーがありません。</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同じ名前のファイルがあります。別の名前にするか「参照…」で選んでください。</source>
        <translation>A file with this name already exists. Use another name or choose one with “Browse…”.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../kodoku_desk/ui/checkin_parts.py" line="+137"/>
        <source>受付の結果</source>
        <translation>Check-in result</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../kodoku_desk/ui/first_run_steps.py" line="+19"/>
        <source>手順</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number}/{count} {title}</source>
        <translation>{number}/{count} {title}</translation>
    </message>
</context>
<context>
    <name>SuppressionTab</name>
    <message>
        <location filename="../../kodoku_desk/ui/lock_tab.py" line="+128"/>
        <source>匿名の集計表では、人数が基準より少ないマスを「x」で隠し、個人が分からないようにします。基準は上げられますが、初期値より下げることはできません。</source>
        <translation>In anonymous summary tables, cells with fewer people than the threshold are hidden as “x” so that no individual can be identified. Thresholds can be raised but not set below the defaults.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>活動・参加の集計表</source>
        <translation>Activity and attendance tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>この人数より少ないマスを隠します。初期値は3人（1人・2人のマスを隠す）です。</source>
        <translation>Cells with fewer people than this are hidden. Default: 3 (hides cells of 1 or 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>機微な集計表</source>
        <translation>Sensitive tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>孤独感の尺度、相談の頻度、要配慮個人情報を含む表の基準です。初期値は10人です。</source>
        <translation>Threshold for tables with loneliness scores, consultation frequency or sensitive personal information. Default: 10.</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_fields.py" line="-148"/>
        <source>例：13:30</source>
        <translation>e.g. 13:30</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>時刻は「13:30」のように24時間制で入力してください。</source>
        <translation>Enter the time in 24-hour format, e.g. 13:30.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/timeline_model.py" line="+41"/>
        <source>日時</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記録</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/unlock.py" line="+92"/>
        <source>つながりデスク — データベースを開く</source>
        <translation>Kodoku Desk — open database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>利用者名とパスフレーズを入力して、データベースを開いてください。</source>
        <translation>Enter your user name and passphrase to open the database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>画面をロックしました。続けるにはパスフレーズを入力してください。別の方が使うときは利用者名を変えて開きます。</source>
        <translation>The screen is locked. Enter your passphrase to continue. Someone else can open it with their own user name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>別のファイルを選ぶ…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>データベース</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズ</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>このパソコンに記憶した鍵で開く</source>
        <translation>Open with the key remembered here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>パスフレーズの代わりに、このパソコンの資格情報の保管庫に記憶した鍵で開きます。</source>
        <translation>Open with the key remembered in this computer&apos;s credential store instead of the passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>パスフレーズを忘れたとき（回復キーで開く）…</source>
        <translation>Forgot the passphrase? (open with the recovery key)…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>データベースを開く</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つながりデスクのデータベース (*.kdesk);;すべてのファイル (*)</source>
        <translation>Kodoku Desk database (*.kdesk);;All files (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>前回、つながりデスクが正しく終了しませんでした。データは最後に保存した時点のものです。</source>
        <translation>Kodoku Desk did not close properly last time. The data is as it was when it was last saved.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>パスフレーズで開く</source>
        <translation>Open with passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この利用者の鍵はこのパソコンに記憶されています。パスフレーズを入力しなくても開けます。</source>
        <translation>This user&apos;s key is remembered on this computer; it opens without the passphrase.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>このパソコンに記憶した鍵で開いています…</source>
        <translation>Opening with the key remembered here…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>利用者名を入力してください。</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>パスフレーズを入力してください。</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>鍵を確かめています。しばらくお待ちください…</source>
        <translation>Checking the key. Please wait…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>間違いが続いたため、%n 秒後にもう一度入力できます。</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/users_model.py" line="+39"/>
        <source>表示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>権限</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>利用者名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最後のロック解除</source>
        <translation>Last unlock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登録日</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}（あなた）</source>
        <translation>{name} (you)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>利用中</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>利用停止</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../kodoku_desk/ui/users_tab.py" line="+43"/>
        <source>利用者ごとに鍵があり、権限によって見られる記録が決まります。利用を停止しても、その人が書いた記録は残ります。</source>
        <translation>Each user has their own key, and the role decides which records they can see. Disabling a user keeps the records they wrote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>利用者を追加</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>権限を変更</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズを再設定</source>
        <translation>Reset passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <location line="+42"/>
        <source>利用を停止</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>利用者の一覧</source>
        <translation>List of users</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>利用を再開</source>
        <translation>Re-enable</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}さん（{username}）を追加しました。最初のパスフレーズを本人に伝えてください。</source>
        <translation>Added {name} ({username}). Give them the initial passphrase.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}さんのパスフレーズを再設定しました。新しいパスフレーズを本人に伝えてください。</source>
        <translation>Reset the passphrase of {name}. Give them the new passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さんの権限を変更しました。新しいパスフレーズを本人に伝えてください。</source>
        <translation>Changed the role of {name}. Give them the new passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}さんの利用を再開しました。新しいパスフレーズを本人に伝えてください。</source>
        <translation>Re-enabled {name}. Give them the new passphrase.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}さん（{username}）の利用を停止しますか？
このアカウントではロックを解除できなくなります。これまでの記録はそのまま残り、あとで「利用を再開」できます。</source>
        <translation>Disable {name} ({username})?
This account will no longer be able to unlock. Past records stay as they are, and you can “Re-enable” it later.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}さんの利用を停止しました。</source>
        <translation>Disabled {name}.</translation>
    </message>
</context>
<context>
    <name>VisitEntryDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/visit_entry.py" line="+50"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>日時・方法</source>
        <translation>Date and method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日時</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記録者</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>安否確認</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>気づき（異変のサイン）</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住まいの外から</source>
        <translation>Seen from outside the home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本人に会って</source>
        <translation>On meeting the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暮らし</source>
        <translation>Daily life</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地域の場で</source>
        <translation>Out in the community</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>（記録しない）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ひとこと（例：足が少し痛むとのこと）</source>
        <translation>A few words (e.g. says a leg hurts a little)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の様子</source>
        <translation>Person&apos;s condition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>0 異常なし</source>
        <translation>0 Nothing unusual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 経過観察</source>
        <translation>1 Keep an eye on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 関係機関へ相談</source>
        <translation>2 Consult an agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 緊急対応</source>
        <translation>3 Emergency response</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>対応区分</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>対応・連絡（対応区分2以上は必須、3は結果も必須）</source>
        <translation>Actions and contacts (required from level 2; level 3 also needs the result)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>行を追加</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>要フォロー（フォローアップの一覧に載せる）</source>
        <translation>Follow-up needed (put on the follow-up list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>特記事項</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>予定なし</source>
        <translation>None planned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>フォローと次回</source>
        <translation>Follow-up and next contact</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>次回予定日</source>
        <translation>Next planned contact</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>キャンセル（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>入力の破棄</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容は保存されていません。破棄して閉じますか？</source>
        <translation>What you entered has not been saved. Discard it and close?</translation>
    </message>
</context>
<context>
    <name>VisitLogModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/visit_log_model.py" line="+36"/>
        <source>時刻</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>安否確認</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対応区分</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>気づき</source>
        <translation>Signs noticed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>訪問者</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メモ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>・要フォロー</source>
        <translation> · follow-up</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/visits_page.py" line="+51"/>
        <source>見守り記録</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>記録する方を探す</source>
        <translation>Find the person to record for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>氏名・ふりがな・電話番号・番号で検索</source>
        <translation>Search by name, kana, phone or number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>記録する方の検索</source>
        <translation>Search for the person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>見つかった方</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+147"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>選んだ方の見守りを記録します（Ctrl+R）</source>
        <translation>Record a check-in for the chosen person (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>◀ 前の日</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前の日の記録（Alt+←）</source>
        <translation>Previous day&apos;s records (Alt+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>次の日 ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次の日の記録（Alt+→）</source>
        <translation>Next day&apos;s records (Alt+→)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>自分の記録だけ</source>
        <translation>Only my records</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>この日の見守り記録</source>
        <translation>Check-ins of this day</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>この日の見守り記録はありません。</source>
        <translation>No check-ins on this day.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>  {age}歳</source>
        <translation>  age {age}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>該当する方はいません。</source>
        <translation>Nobody matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ほかにも該当する方がいます。名前を続けて入力してください。</source>
        <translation>More people match; keep typing the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↑↓で選び、Enterで見守りを記録します。</source>
        <translation>Choose with ↑↓; Enter records a check-in.</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n 件</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_year_table.py" line="-88"/>
        <source>開催回数</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>延べ人数</source>
        <translation>Total
visits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>実人数</source>
        <translation>Unique
people</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>継続</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>匿名参加</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ボランティア
延べ</source>
        <translation>Volunteer
visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ボランティア
実人数</source>
        <translation>Unique
volunteers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提供食数</source>
        <translation>Meals
served</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>平均／回</source>
        <translation>Avg per
session</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month}月</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>参加者（登録者）と匿名参加者の延べ人数。ボランティア・スタッフは含みません。</source>
        <translation>Total visits by registered and anonymous participants, without volunteers and staff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登録者の実人数（匿名参加者は数えません）。合計欄は年間の実人数です。</source>
        <translation>Number of different registered people (anonymous participants not counted). The Total row counts each person once for the year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>この居場所に初めて参加した人</source>
        <translation>People attending this place for the first time</translation>
    </message>
</context>
<context>
    <name>YenInput</name>
    <message>
        <location filename="../../kodoku_desk/ui/place_fields.py" line="+17"/>
        <source>例：300（無料は0）</source>
        <translation>e.g. 300 (0 if free)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>金額は「300」のように半角または全角の数字で入力してください。</source>
        <translation>Enter the amount in digits, e.g. 300.</translation>
    </message>
</context>
<context>
    <name>_ReferralForm</name>
    <message>
        <location filename="../../kodoku_desk/ui/referral_dialog.py" line="-199"/>
        <source>状況が決まったときに入力します。</source>
        <extracomment>つなぎ先 combo entry for a destination that is not in the directory (only its kind is kept). The stored referral after a successful save (also emitted with :attr:`saved`).</extracomment>
        <translation>Enter this once the status is settled.</translation>
    </message>
</context>
</TS>
