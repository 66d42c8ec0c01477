using Posyandu.Identity.SignIn;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Identity.Startup;

/// <summary>
/// On a start with no administrator (the first one), creates the account <c>admin</c> with a one-time password and
/// prints it once to the console — never to the log, and never again: whoever starts the host first signs in with
/// it and resets it (as self-hosted products such as GitLab and Grafana do).
/// </summary>
internal sealed class FirstAdministrator(IdentityDbContext db, UserManager<Account> users, TimeProvider time) : IModuleStartupTask
{
    public const string UserName = "admin";

    public int Order => 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(a => a.Role == Roles.Admin, cancellationToken))
        {
            return;
        }

        var password = Passwords.NewOneTime();
        var account = Account.Create(UserName, "Administrator", new AccountScope(Roles.Admin, null, null, []), time.UtcNow());
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        // The console, not ILogger: log sinks keep what they get; this must be seen once and then be gone.
        Console.WriteLine($"""

            ==================================================================
             Posyandu Digital: akun administrator pertama dibuat.
               nama pengguna: {UserName}
               kata sandi   : {password}
             Kata sandi ini hanya ditampilkan sekali. Masuk di /akun/masuk,
             lalu buat akun pribadi dan atur ulang kata sandi ini.
            ==================================================================

            """);
    }
}
