using Posyandu.SharedKernel.Auditing;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// Every sign-in attempt in the module's audit trail (UU 27/2022; the platform's audit query shows them): the account,
/// its role and region, and the outcome. Never the password — and for an unknown user name not the typed text either,
/// since people type their password into the name field.
/// </summary>
internal sealed class SignInAudit(IdentityDbContext db, TimeProvider time)
{
    public const string Entity = "SignIn";

    public async Task RecordAsync(Account? account, Microsoft.AspNetCore.Identity.SignInResult result, CancellationToken cancellationToken)
    {
        var action = result.Succeeded ? "sign-in" : result.IsLockedOut ? "sign-in-locked" : result.IsNotAllowed ? "sign-in-disabled" : "sign-in-failed";
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.UtcNow(),
            Actor = account?.Id ?? "anonymous",
            Roles = account?.Role ?? "",
            Module = IdentityModule.ModuleName,
            Entity = Entity,
            EntityId = account?.Id ?? "(unknown user name)",
            Action = action,
            RegionCode = account?.RegionCode,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
