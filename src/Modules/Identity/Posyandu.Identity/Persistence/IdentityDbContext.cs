namespace Posyandu.Identity.Persistence;

/// <summary>
/// The module's own tables in its own schema (SQLite: its own file): ASP.NET Core Identity's user store tables,
/// OpenIddict's applications, authorizations, scopes and tokens, API clients' scopes, and the replicas of the
/// registry's regions and Posyandu. One subclass per provider, each with its migrations.
/// </summary>
public class IdentityDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => IdentityModule.ModuleName;

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<IdentityPosyandu> Posyandu => Set<IdentityPosyandu>();

    public DbSet<IdentityRegion> Regions => Set<IdentityRegion>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        modelBuilder.UseOpenIddict();
    }
}

internal sealed class IdentitySqliteDbContext(DbContextOptions<IdentitySqliteDbContext> options) : IdentityDbContext(options);

internal sealed class IdentitySqlServerDbContext(DbContextOptions<IdentitySqlServerDbContext> options) : IdentityDbContext(options);
