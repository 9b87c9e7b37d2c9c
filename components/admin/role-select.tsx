"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { secondaryButtonClass, smallPrimaryButtonClass } from "@/components/ui/buttons";
import { OptionList, labelled } from "@/components/ui/option-list";
import { FormError } from "@/components/ui/form-kit";
import { apiFetch } from "@/lib/client/api";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { ROLES, type Role } from "@/lib/domain/types";

/**
 * A role picker that changes nothing until "Save": arrow keys on a closed select fire `change`
 * in some browsers, which must not send one request per key press.
 */
export function RoleSelect({
  userId,
  userName,
  role,
}: {
  userId: string;
  userName: string;
  role: Role;
}) {
  const router = useRouter();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [value, setValue] = useState<Role>(role);
  const mutation = useMutation({
    mutationFn: (next: Role) =>
      apiFetch(`/api/users/${encodeURIComponent(userId)}`, {
        method: "PATCH",
        body: { role: next },
      }),
    onSuccess: () => {
      selectRef.current?.focus(); // the Save button is about to disappear
      router.refresh();
    },
  });
  const changed = value !== role;

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        Role of {userName}
      </label>
      <div className="flex flex-wrap items-center gap-1.5">
        <select
          ref={selectRef}
          id={id}
          value={value}
          onChange={(e) => {
            mutation.reset();
            setValue(e.target.value as Role);
          }}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
        >
          <OptionList options={labelled(ROLES, ROLE_LABELS)} />
        </select>
        {changed ? (
          <>
            <button
              type="button"
              disabled={mutation.isPending || mutation.isSuccess}
              onClick={() => mutation.mutate(value)}
              aria-label={`Save role ${ROLE_LABELS[value]} for ${userName}`}
              className={smallPrimaryButtonClass}
            >
              {mutation.isPending || mutation.isSuccess ? "Saving…" : "Save"}
            </button>
            <button
              type="button"
              onClick={() => {
                mutation.reset();
                setValue(role);
              }}
              aria-label={`Cancel role change for ${userName}`}
              className={secondaryButtonClass}
            >
              Cancel
            </button>
          </>
        ) : null}
      </div>
      <FormError error={mutation.error} compact />
    </div>
  );
}
