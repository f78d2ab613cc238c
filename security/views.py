from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def admin_login(request):
    """The admin's sign-in address, in place of Wagtail's password form: the admin signs in through
    the site's sign-in (allauth), which asks for the second factor, so a password posted here alone
    gets nobody in. Where the person was going (`next`) is kept; anywhere off the site becomes the
    admin's home.

    Someone already signed in who may use the admin goes straight on. Someone signed in who may not
    (a member) is told so here: sent to the sign-in page, allauth would send a signed-in person
    straight back to `next`, and Wagtail back here, for ever."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not safe:
        next_url = reverse("wagtailadmin_home")
    if request.user.is_authenticated:
        if request.user.has_perm("wagtailadmin.access_admin"):
            return redirect(next_url)
        return render(request, "security/no_admin_access.html", status=403)
    return redirect_to_login(next_url, login_url=reverse("account_login"))
