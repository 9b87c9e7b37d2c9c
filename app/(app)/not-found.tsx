import { NotFoundMessage } from "@/components/shell/not-found-message";

// A record that does not exist (an unknown initiative): the layout already draws the header.
export default function NotFound() {
  return (
    <div className="py-4">
      <NotFoundMessage />
    </div>
  );
}
