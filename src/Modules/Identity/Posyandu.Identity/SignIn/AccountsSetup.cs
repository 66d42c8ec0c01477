using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// ASP.NET Core Identity for <see cref="Account"/>: the user-only EF store on this module's context, the password
/// policy and lockout, and the sign-in cookie of the platform's pages. Nothing of it is hand-written: hashing
/// (PBKDF2), lockout counting and security stamps are Identity's.
/// </summary>
internal static class AccountsSetup
{
    /// <summary>Failed passwords in a row before an account is locked (BSSN/ISO 27001 practice: a small number).</summary>
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<Account>(options =>
            {
                // At least 10 characters mixing upper case, lower case and digits.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 5;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789.-_";
                // A disabled account is "not confirmed": Identity then refuses it before checking the password.
                options.SignIn.RequireConfirmedAccount = true;
                // The claim names of the tokens the API authorises on.
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddUserStore<Microsoft.AspNetCore.Identity.EntityFrameworkCore.UserOnlyStore<Account, IdentityDbContext>>()
            .AddSignInManager();
        services.AddScoped<IUserConfirmation<Account>, EnabledAccountsOnly>();
        services.AddScoped<SignInAudit>();

        services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, cookie =>
        {
            cookie.LoginPath = SignInPages.SignInPath;
            cookie.LogoutPath = SignInPages.SignOutPath;
            cookie.Cookie.Name = "posyandu.sesi";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // A disabled account or a reset password ends the browser session too (the stamp changes).
            cookie.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        });
        services.AddAntiforgery(options => options.Cookie.Name = "posyandu.af");

        // HTTPS-only cookies outside Development (and the test hosts, which speak plain HTTP on loopback).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((cookie, environment) => cookie.Cookie.SecurePolicy = SecureCookies(environment));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IHostEnvironment>((antiforgery, environment) => antiforgery.Cookie.SecurePolicy = SecureCookies(environment));
        return services;
    }

    /// <summary>Development and the test hosts serve plain HTTP on a developer's machine; everything else HTTPS.</summary>
    public static bool IsLocalHttp(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    private static CookieSecurePolicy SecureCookies(IHostEnvironment environment) =>
        IsLocalHttp(environment) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}

/// <summary>Identity's "is this account allowed to sign in" hook: a disabled account is not.</summary>
internal sealed class EnabledAccountsOnly : IUserConfirmation<Account>
{
    public Task<bool> IsConfirmedAsync(UserManager<Account> manager, Account user) => Task.FromResult(!user.Disabled);
}
