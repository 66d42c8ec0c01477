using Microsoft.Extensions.Configuration;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Identity.Startup;

/// <summary>
/// With the demo dataset (<c>--seed-demo</c>), one account per role of <see cref="Roles.All"/>, all with
/// <see cref="Password"/> (README, "Demo accounts"): DPMD for the province and for Kab. Kutai Kartanegara, each OPD
/// for the province, a kader of the first demo Posyandu, and any further role at that Posyandu's village. Runs after
/// the demo data (whose Posyandu reached this module through the registry's events); creates only what is missing.
/// </summary>
internal sealed class DemoAccounts(IConfiguration configuration, IdentityDbContext db, UserManager<Account> users, TimeProvider time) : IModuleStartupTask
{
    /// <summary>Meets the password policy; for demonstrations only.</summary>
    public const string Password = "DemoPosyandu2026";

    /// <summary>Kab. Kutai Kartanegara, the regency coordinator's.</summary>
    public const string DemoRegency = "64.02";

    public int Order => 200;

    private static readonly Dictionary<string, (string UserName, string Name, string? Region)> Named = new(StringComparer.Ordinal)
    {
        [Roles.Admin] = ("demo.admin", "Administrator Demo", null),
        [Roles.Health] = ("dinkes.kaltim", "Dinas Kesehatan Provinsi", "64"),
        [Roles.Education] = ("disdik.kaltim", "Dinas Pendidikan Provinsi", "64"),
        [Roles.Social] = ("dinsos.kaltim", "Dinas Sosial Provinsi", "64"),
        [Roles.Housing] = ("perkim.kaltim", "Dinas Perkim Provinsi", "64"),
        [Roles.PublicWorks] = ("pupr.kaltim", "Dinas PUPR Provinsi", "64"),
        [Roles.GeneralEducation] = ("dikmas.kaltim", "Bidang Pendidikan Masyarakat Provinsi", "64"),
        [Roles.Trantibumlinmas] = ("satpolpp.kaltim", "Satpol PP dan BPBD Provinsi", "64"),
    };

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            return;
        }

        var posyandu = await db.Posyandu.AsNoTracking().OrderBy(p => p.RegionCode).FirstOrDefaultAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (role == Roles.Dpmd)
            {
                await EnsureAsync("dpmd.kaltim", "Koordinator DPMD Provinsi Kalimantan Timur", new AccountScope(role, "64", null, []));
                await EnsureAsync("dpmd.kukar", "Koordinator DPMD Kab. Kutai Kartanegara", new AccountScope(role, DemoRegency, null, []));
            }
            else if (Named.TryGetValue(role, out var named))
            {
                await EnsureAsync(named.UserName, named.Name, new AccountScope(role, named.Region, null, []));
            }
            else if (posyandu is not null && role == Roles.Kader)
            {
                await EnsureAsync("kader.demo", $"Kader {posyandu.Name}", new AccountScope(role, posyandu.RegionCode, posyandu.PosyanduId, [.. Roles.Sectors]));
            }
            else if (posyandu is not null)
            {
                await EnsureAsync($"demo.{role}", $"Demo {role}", new AccountScope(role, posyandu.RegionCode, null, []));
            }
        }
    }

    private async Task EnsureAsync(string userName, string displayName, AccountScope scope)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var created = await users.CreateAsync(Account.Create(userName, displayName, scope, time.UtcNow()), Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {userName}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }
}
